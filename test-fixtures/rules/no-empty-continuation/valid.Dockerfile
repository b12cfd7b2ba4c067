FROM debian:12.5
RUN apt-get update && \
    # a comment line is fine
    apt-get install -y curl

RUN <<EOF
echo one

echo two
EOF
COPY <<EOF /etc/motd
hello

world
EOF
