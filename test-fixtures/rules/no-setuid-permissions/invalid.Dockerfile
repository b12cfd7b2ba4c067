FROM debian:12.5
# expect: no-setuid-permissions "u+s"
RUN chmod u+s /usr/local/bin/helper
# expect: no-setuid-permissions "4755"
RUN install -m 4755 helper /usr/local/bin/helper
RUN set -eux; \
# expect: no-setuid-permissions "+s"
    chmod +s \
      /usr/bin/ping
# expect: no-setuid-permissions "6755"
ONBUILD RUN chmod 6755 /usr/local/bin/tool
RUN <<EOF
# expect: no-setuid-permissions "--mode=4711"
install --mode=4711 tool /usr/local/bin/tool
EOF
