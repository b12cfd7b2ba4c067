FROM docker:26.1-dind
# expect: no-unconfined-containers "seccomp=unconfined"
RUN docker run --security-opt seccomp=unconfined my/app:1.0
# expect: no-unconfined-containers "--security-opt=apparmor:unconfined"
RUN docker run --security-opt=apparmor:unconfined my/app:1.0
RUN docker run -d \
# expect: no-unconfined-containers "label=disable"
      --security-opt label=disable \
      my/app:1.0
# expect: no-unconfined-containers "systempaths=unconfined"
ONBUILD RUN docker run --security-opt systempaths=unconfined my/app:1.0
RUN <<EOF
# expect: no-unconfined-containers "no-new-privileges=false"
podman run --security-opt no-new-privileges=false my/app:1.0
EOF
