FROM golang:1.23 AS build
LABEL unrelated=1
# expect: require-schema-labels "build"
FROM build AS test
# expect: require-schema-labels "debian:12.5"
FROM debian:12.5
COPY --from=build /app /app
# expect: require-schema-labels "alpine:3.20"
FROM alpine:3.20
ONBUILD LABEL org.opencontainers.image.source=https://example.com/child
