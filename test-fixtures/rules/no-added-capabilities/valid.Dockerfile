FROM docker:26.1-dind
ARG IMAGE=my/web:1.0
RUN docker run --cap-drop ALL --cap-add NET_BIND_SERVICE my/web:1.0
RUN docker run --rm "$IMAGE" --cap-add SYS_ADMIN && docker build --cap-add x . || true
ONBUILD RUN docker run --cap-drop ALL my/web:1.0
RUN <<EOF
docker run --cap-add CHOWN my/web:1.0
EOF
