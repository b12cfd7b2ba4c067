FROM debian:12.5
RUN wget --progress=dot:giga https://example.com/a.tar.gz && wget -q https://example.com/b && wget -qO- https://example.com/c
RUN wget -nv https://example.com/d && wget --no-verbose https://example.com/e && wget --quiet https://example.com/f
RUN wget -o /tmp/wget.log https://example.com/g && wget --append-output=/tmp/w.log https://example.com/h
ONBUILD RUN wget -q https://example.com/i
RUN <<EOF
wget --progress=bar:force https://example.com/j
EOF
