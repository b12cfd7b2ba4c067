FROM debian:12.5
ARG MODE=755
RUN chmod g+s /srv/shared && chmod 2775 /srv/group && chmod u-s /usr/bin/passwd
RUN chmod 755 /usr/local/bin/tool && install -m 0755 tool /usr/local/bin/tool && chmod "$MODE" /x
ONBUILD RUN chmod 0755 /usr/local/bin/helper
RUN <<EOF
setcap cap_net_bind_service=+ep /usr/local/bin/helper
EOF
