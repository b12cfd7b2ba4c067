FROM docker:26.1-dind
ARG DEV
RUN docker run -v backup-data:/data my/backup:1.0 && docker run my/tool:1.0 --device /dev/sda
RUN docker run --gpus all my/cuda:12.4 && ls /dev/sda
ONBUILD RUN docker run --rm my/backup:1.0
RUN <<EOF
docker run -v /data:/data:ro my/backup:1.0
EOF
