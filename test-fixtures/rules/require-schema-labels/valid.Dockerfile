FROM golang:1.23 AS build
FROM debian:12.5 AS base
ARG SOURCE=https://example.com/app
LABEL org.opencontainers.image.source=$SOURCE
FROM base
COPY --from=build /app /app
