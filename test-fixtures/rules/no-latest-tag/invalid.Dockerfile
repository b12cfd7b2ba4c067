ARG TAG=latest
# expect: no-latest-tag "latest"
FROM node:latest AS build
# expect: no-latest-tag "python:${TAG}"
FROM python:${TAG}
