FROM alpine:3.20
RUN apk add --no-cache curl=8.5.0-r0 && apk add --no-cache --virtual .build-deps gcc=13.2.1-r2
RUN --mount=type=cache,target=/var/cache/apk apk add -U git=2.45.2-r0
RUN apk add --update vim=9.1-r0 && rm -rf /var/cache/apk/*
RUN apk update && apk upgrade --no-cache && apk del .build-deps && apk add --no-network --virtual .rundeps so:libc.musl-x86_64.so.1
ONBUILD RUN apk add --no-cache make=4.4.1-r2
RUN <<EOF
apk add --no-cache nano=8.0-r0
EOF
