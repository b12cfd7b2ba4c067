# expect: no-constant-from-platform "linux/amd64"
FROM --platform=linux/amd64 golang:1.23
# expect: no-constant-from-platform "linux"
FROM --platform=linux debian:12.5 AS tools
FROM \
# expect: no-constant-from-platform
    --platform="linux/arm64" alpine:3.20
