FROM debian:12.5
ARG SOCK=/var/run/docker.sock
RUN usermod -aG docker ci
RUN echo "see docs about docker.sock" && test -S /var/run/docker.sock || true
RUN /bin/bash /tmp/docker-debian.sh true "/var/run/docker-host.sock" "/var/run/docker.sock" ci
ONBUILD RUN docker run -v data:/data alpine:3.20 ls /var/run/docker.sock
RUN <<EOF
export DOCKER_HOST=unix:///var/run/docker.sock
EOF
