FROM debian:12.5
# expect: no-docker-socket "/var/run/docker.sock"
VOLUME /var/run/docker.sock
# expect: no-docker-socket "type=bind,source=/var/run/docker.sock,target=/var/run/docker.sock"
RUN --mount=type=bind,source=/var/run/docker.sock,target=/var/run/docker.sock docker ps
RUN chmod 666 /var/run/docker.sock
