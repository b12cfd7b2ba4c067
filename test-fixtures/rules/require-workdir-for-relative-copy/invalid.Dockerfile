# expect: require-workdir-for-relative-copy "blubb.sh"
COPY bla.sh blubb.sh
FROM debian:12.5 AS stage1
WORKDIR /usr
FROM debian:12.5
# expect: require-workdir-for-relative-copy "\"bar\""
COPY foo "bar"
# expect: require-workdir-for-relative-copy "."
ONBUILD COPY . .
COPY --chown=1:1 a \
# expect: require-workdir-for-relative-copy "app/"
    b app/
