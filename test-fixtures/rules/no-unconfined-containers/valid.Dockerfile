FROM docker:26.1-dind
ARG PROFILE=/etc/docker/seccomp.json
RUN docker run --security-opt seccomp=/etc/docker/app-seccomp.json my/app:1.0
RUN docker run --security-opt no-new-privileges --security-opt "seccomp=$PROFILE" my/app:1.0
RUN docker run my/app:1.0 --security-opt seccomp=unconfined
ONBUILD RUN docker run --security-opt apparmor=docker-default my/app:1.0
RUN <<EOF
docker run --security-opt label=type:container_t my/app:1.0
EOF
