FROM debian:12.5
# expect: no-world-writable-permissions "777"
RUN chmod -R 777 /app
# expect: no-world-writable-permissions "a+rwx"
RUN mkdir -p /data && chmod a+rwx /data
RUN set -eux; \
# expect: no-world-writable-permissions "0666"
    chmod 0666 \
      /etc/app.conf
# expect: no-world-writable-permissions "o+w"
ONBUILD RUN chmod o+w /srv
RUN <<EOF
# expect: no-world-writable-permissions "ugo=rwx"
chmod ugo=rwx /var/log/app
EOF
