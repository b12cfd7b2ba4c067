FROM docker:26.1-dind
# expect: no-added-capabilities "SYS_ADMIN"
RUN docker run --cap-add SYS_ADMIN my/fuse:1.0
# expect: no-added-capabilities "--cap-add=ALL"
RUN docker run --cap-add=ALL my/fuse:1.0
RUN docker run -d \
# expect: no-added-capabilities "IPC_LOCK"
      --cap-add IPC_LOCK \
      my/vault:1.15
# expect: no-added-capabilities "--cap-add=CAP_SYS_PTRACE"
ONBUILD RUN podman run --cap-add=CAP_SYS_PTRACE my/debug:1.0
RUN <<EOF
# expect: no-added-capabilities "NET_ADMIN"
docker container run --cap-add NET_ADMIN my/vpn:1.0
EOF
# expect: no-added-capabilities "SYS_ADMIN"
# expect: no-added-capabilities "NET_ADMIN"
RUN docker run --cap-add=SYS_ADMIN,CHOWN,NET_ADMIN my/vpn:1.0
# A quoted list, or a value on the next line: reported, no quick fix offered.
# expect: no-added-capabilities "\"SYS_ADMIN,NET_ADMIN\""
# expect: no-added-capabilities "\"SYS_ADMIN,NET_ADMIN\""
RUN docker run --cap-add "SYS_ADMIN,NET_ADMIN" my/vpn:1.0
RUN docker run --cap-add \
# expect: no-added-capabilities "SYS_MODULE"
      SYS_MODULE my/driver:1.0
