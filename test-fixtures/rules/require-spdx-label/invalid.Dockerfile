FROM debian:12.5
# expect: require-spdx-label "\"not-spdx\""
LABEL lbl="not-spdx"
LABEL other=1 \
# expect: require-spdx-label "not-spdx"
      lbl=not-spdx
