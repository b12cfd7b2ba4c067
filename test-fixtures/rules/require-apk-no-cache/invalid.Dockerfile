FROM alpine:3.20
# expect: require-apk-no-cache "apk add"
RUN apk add curl=8.5.0-r0
# expect: require-apk-no-cache "apk --update add"
RUN apk --update add git=2.45.2-r0
RUN --mount=type=cache,target=/var/cache/foo \
# expect: require-apk-no-cache "apk add"
    apk add -U vim=9.1-r0
# expect: require-apk-no-cache "apk add"
ONBUILD RUN apk add make=4.4.1-r2
RUN <<EOF
# expect: require-apk-no-cache "apk add"
apk add nano=8.0-r0
EOF
