ARG TAG=12.5
# expect: require-from-first "LABEL"
LABEL org.opencontainers.image.title=app
# expect: require-from-first "ENV"
ENV A=1 \
    B=2
FROM debian:${TAG}
