ARG FOOBAR=linux/amd64
FROM --platform=$FOOBAR alpine:3.20
FROM --platform=$BUILDPLATFORM alpine:3.20
FROM alpine:3.20
