FROM docker:27-dind
# expect: no-docker-daemon-tcp "\"tcp://0.0.0.0:2375\""
ENTRYPOINT ["dockerd", "-H", "unix:///var/run/docker.sock", "-H", "tcp://0.0.0.0:2375"]
# expect: no-docker-daemon-tcp "\"--host=tcp://0.0.0.0:2375\""
CMD ["dockerd", "--host=tcp://0.0.0.0:2375"]
# expect: no-docker-daemon-tcp "\"\""
ENV DOCKER_TLS_VERIFY=""
