FROM debian:12.5
# expect: no-container-irrelevant-commands "service"
RUN service nginx start
RUN set -eux; \
# expect: no-container-irrelevant-commands "ps"
    ps aux; \
# expect: no-container-irrelevant-commands "free"
    free -m
# expect: no-container-irrelevant-commands "top"
ONBUILD RUN top -b -n 1
RUN <<EOF
# expect: no-container-irrelevant-commands "vim"
vim /etc/hosts
EOF
