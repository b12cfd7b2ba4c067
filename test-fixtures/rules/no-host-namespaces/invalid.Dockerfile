FROM docker:26.1-dind
# expect: no-host-namespaces "--network host"
RUN docker run -d --network host my/proxy:2.1
# expect: no-host-namespaces "--pid=host"
RUN docker run --pid=host my/top:1.0
RUN docker run -d \
# expect: no-host-namespaces "--net=host"
      --net=host \
# expect: no-host-namespaces "--ipc=host"
      --ipc=host \
      my/app:1.0
# expect: no-host-namespaces "--userns=host"
ONBUILD RUN docker run --userns=host my/app:1.0
RUN <<EOF
# expect: no-host-namespaces "--uts host"
podman run --uts host my/app:1.0
EOF
RUN docker run -d \
# expect: no-host-namespaces
      --network \
      host my/proxy:2.1
