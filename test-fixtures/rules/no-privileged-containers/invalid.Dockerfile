FROM docker:26.1-dind
# expect: no-privileged-containers "--privileged"
RUN docker run --privileged -d my/agent:1.2
# expect: no-privileged-containers "--privileged=true"
RUN podman container create --privileged=true my/agent:1.2
RUN docker run -d \
      --name agent \
# expect: no-privileged-containers "--privileged"
      --privileged \
      my/agent:1.2
# expect: no-privileged-containers "--privileged"
ONBUILD RUN nerdctl run --rm --privileged my/agent:1.2
RUN <<EOF
# expect: no-privileged-containers "--privileged"
docker -H unix:///var/run/docker.sock run --privileged my/agent:1.2
EOF
# expect: no-privileged-containers "\"--privileged\""
# expect: no-privileged-containers "--privileged"
RUN docker run "--privileged" my/agent:1.2;docker run -d --privileged;
