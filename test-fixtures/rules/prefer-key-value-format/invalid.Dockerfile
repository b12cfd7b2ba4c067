FROM debian:12.5
# expect: prefer-key-value-format "LANG C.UTF-8"
ENV LANG C.UTF-8
# expect: prefer-key-value-format "GREETING hello world"
ENV GREETING hello world
# expect: prefer-key-value-format
LABEL description "quoted \"value\""
# expect: prefer-key-value-format "A b"
ONBUILD ENV A b
