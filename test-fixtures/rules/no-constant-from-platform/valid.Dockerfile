ARG PLATFORM=linux/amd64
FROM --platform=$BUILDPLATFORM golang:1.23 AS build
FROM --platform="${BUILDPLATFORM:-}" debian:12.5
FROM --platform=${PLATFORM} alpine:3.20
FROM --platform=linux/arm64 alpine:3.20 AS build-arm64
FROM alpine:3.20
