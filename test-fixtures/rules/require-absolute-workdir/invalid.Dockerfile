FROM node:22.11 AS base
# expect: require-absolute-workdir "app"
WORKDIR app
WORKDIR src

FROM node:22.11
# expect: require-absolute-workdir "\"relative/dir\""
WORKDIR "relative/dir"

FROM node:22.11
ARG DIR=app
# expect: require-absolute-workdir "app/${DIR}"
WORKDIR app/${DIR}
