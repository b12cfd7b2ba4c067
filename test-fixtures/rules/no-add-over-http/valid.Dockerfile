FROM debian:12.5
ADD https://example.com/tool.tar.gz /opt/
COPY http.conf /etc/
ONBUILD ADD https://example.com/z /z
