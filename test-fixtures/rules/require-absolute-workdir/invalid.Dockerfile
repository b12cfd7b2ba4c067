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

# A stage built on scratch starts in /: the quick fix makes these absolute.
FROM scratch AS empty
# expect: require-absolute-workdir "./bin"
WORKDIR ./bin

FROM scratch AS bare
FROM bare
# expect: require-absolute-workdir "\"data dir\""
WORKDIR "data dir"

# A parent stage that moved the directory: no quick fix.
FROM empty
# expect: require-absolute-workdir "lib"
WORKDIR lib
