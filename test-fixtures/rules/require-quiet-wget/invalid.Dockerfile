FROM debian:12.5
# expect: require-quiet-wget "wget"
RUN wget https://example.com/a.tar.gz
# expect: require-quiet-wget "wget"
RUN wget -O /tmp/b.tar.gz https://example.com/b.tar.gz && tar -xzf /tmp/b.tar.gz
RUN set -eux; \
# expect: require-quiet-wget "wget"
    wget -c \
      https://example.com/c.tar.gz
# expect: require-quiet-wget "wget"
ONBUILD RUN wget https://example.com/d.tar.gz
RUN <<EOF
# expect: require-quiet-wget "wget"
wget https://example.com/e.tar.gz
EOF
