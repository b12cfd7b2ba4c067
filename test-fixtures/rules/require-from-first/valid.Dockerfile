# syntax = docker/dockerfile:1
ARG TAG=12.5
# comment
ARG OTHER
FROM debian:${TAG}
ARG A=B
LABEL org.opencontainers.image.title=app
