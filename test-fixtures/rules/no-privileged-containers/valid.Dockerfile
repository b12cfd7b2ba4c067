FROM docker:26.1-dind
ARG FLAGS
RUN docker run --cap-add NET_ADMIN -d my/agent:1.2 && docker run --privileged=false my/agent:1.2
RUN docker run --rm my/tool:1.0 --privileged && docker run -e MODE --privileged-mode my/x:1 || true
RUN docker run $FLAGS my/agent:1.2 && echo docker run --privileged
ONBUILD RUN docker run --rm my/agent:1.2
RUN <<EOF
docker exec agent ls
EOF
