FROM debian:12.5
# expect: require-add-checksum "https://example.com/tool-1.2.tar.gz"
ADD https://example.com/tool-1.2.tar.gz /opt/
# expect: require-add-checksum "\"http://file.com\""
ADD "http://file.com" /usr/src/app/
ADD --chown=1:1 \
# expect: require-add-checksum "https://example.com/b"
    https://example.com/b /b
# expect: require-add-checksum "https://example.com/c"
ONBUILD ADD https://example.com/c /c
