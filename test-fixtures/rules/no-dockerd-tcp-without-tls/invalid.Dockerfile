FROM docker:27-dind
# expect: no-dockerd-tcp-without-tls "tcp://0.0.0.0:2375"
RUN dockerd -H unix:///var/run/docker.sock -H tcp://0.0.0.0:2375 &
# expect: no-dockerd-tcp-without-tls "--host=tcp://127.0.0.1:2376"
RUN nohup dockerd --host=tcp://127.0.0.1:2376 > /var/log/dockerd.log 2>&1 &
# expect: no-dockerd-tcp-without-tls "DOCKER_HOST=tcp://docker:2375"
RUN export DOCKER_HOST=tcp://docker:2375 && docker ps
# expect: no-dockerd-tcp-without-tls "DOCKER_HOST=tcp://docker:2375"
RUN DOCKER_HOST=tcp://docker:2375 docker info
