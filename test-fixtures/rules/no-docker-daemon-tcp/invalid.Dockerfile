FROM docker:27-dind
# expect: no-docker-daemon-tcp "tcp://docker:2375"
ENV DOCKER_HOST=tcp://docker:2375
# expect: no-docker-daemon-tcp "0"
ENV DOCKER_TLS_VERIFY=0
# expect: no-docker-daemon-tcp "2375"
EXPOSE 2375
RUN dockerd -H unix:///var/run/docker.sock -H tcp://0.0.0.0:2375 &
# expect: no-docker-daemon-tcp "\"tcp://0.0.0.0:2375\""
CMD ["dockerd", "--host", "tcp://0.0.0.0:2375"]
