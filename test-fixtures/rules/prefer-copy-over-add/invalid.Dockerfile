FROM debian:12.5
# expect: prefer-copy-over-add "ADD"
ADD app.conf /etc/app/
# expect: prefer-copy-over-add "ADD"
ADD --chown=app:app \
    "bin.zip" /opt/
# expect: prefer-copy-over-add "add"
ONBUILD add config /etc/config
ARG SRC=file.txt
# expect: prefer-copy-over-add "ADD"
ADD ${SRC} /tmp/
# expect: prefer-copy-over-add "ADD"
ADD <<EOF /etc/motd
hello
EOF
