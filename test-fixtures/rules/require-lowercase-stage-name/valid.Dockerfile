ARG BASE=Debian
FROM golang:1.23 AS build
FROM build AS build-2
FROM debian:12.5
COPY --from=BUILD /app /app
