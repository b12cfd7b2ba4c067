FROM docker:26.1-dind
# expect: require-container-resource-limits "docker run"
RUN docker run -d my/worker:1.0
# expect: require-container-resource-limits "docker run"
RUN docker run -d --memory 512m my/worker:1.0
RUN set -eux; \
# expect: require-container-resource-limits "podman create"
    podman create \
      --cpus 2 my/worker:1.0
# expect: require-container-resource-limits "docker container run"
ONBUILD RUN docker container run --rm my/tool:1.0
RUN <<EOF
# expect: require-container-resource-limits "nerdctl run"
nerdctl run -d my/worker:1.0
EOF
