FROM debian:12.5
# expect: no-docker-socket-in-scripts "/var/run/docker.sock"
RUN chmod 666 /var/run/docker.sock
# expect: no-docker-socket-in-scripts "/var/run/docker.sock:/var/run/docker.sock"
RUN docker run -v /var/run/docker.sock:/var/run/docker.sock alpine:3.20 true
RUN set -eux; \
    socat TCP-LISTEN:2375,fork \
# expect: no-docker-socket-in-scripts "UNIX-CONNECT:/var/run/docker.sock"
      UNIX-CONNECT:/var/run/docker.sock &
# expect: no-docker-socket-in-scripts "type=bind,src=/run/docker.sock,dst=/var/run/docker.sock"
ONBUILD RUN docker run --mount type=bind,src=/run/docker.sock,dst=/var/run/docker.sock alpine:3.20 true
RUN <<EOF
# expect: no-docker-socket-in-scripts "/var/run/docker.sock"
chown ci:ci /var/run/docker.sock
EOF
