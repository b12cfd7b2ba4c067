FROM docker:27-dind
RUN dockerd --tlsverify -H tcp://0.0.0.0:2376 &
RUN dockerd -H unix:///var/run/docker.sock &
RUN DOCKER_HOST=tcp://docker:2376 docker info
