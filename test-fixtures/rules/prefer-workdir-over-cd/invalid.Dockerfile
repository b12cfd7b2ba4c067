FROM debian:12.5
# expect: prefer-workdir-over-cd "cd"
RUN cd /app && make && cd /
RUN set -eux; \
    mkdir -p /src; \
# expect: prefer-workdir-over-cd "cd"
    cd /src; \
    make
# expect: prefer-workdir-over-cd "cd"
ONBUILD RUN cd /app && make
RUN <<EOF
# expect: prefer-workdir-over-cd "cd"
cd /opt
./configure
EOF
