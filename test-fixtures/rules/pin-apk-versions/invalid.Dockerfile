FROM alpine:3.20
# expect: pin-apk-versions "curl"
RUN apk add --no-cache --virtual .build-deps curl git=2.45.2-r0
