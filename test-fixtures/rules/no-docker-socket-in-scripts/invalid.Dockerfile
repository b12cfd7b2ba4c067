FROM debian:12.5
# expect: no-docker-socket-in-scripts "/var/run/docker.sock"
RUN chmod 666 /var/run/docker.sock
# expect: no-docker-socket-in-scripts "/var/run/docker.sock:/var/run/docker.sock"
RUN docker run -v /var/run/docker.sock:/var/run/docker.sock alpine:3.20 true
