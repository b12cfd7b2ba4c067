ARG DEST=/opt
FROM debian:12.5 AS base
COPY bla.sh /usr/local/bin/blubb.sh
COPY bla.sh c:\system32\blubb.sh
COPY src.sh ${DEST}
WORKDIR /usr
COPY a b
FROM base
COPY foo bar
FROM debian:12.5
ONBUILD WORKDIR /usr/local/lib
ONBUILD COPY foo bar
COPY <<EOF /etc/motd
hi
EOF
