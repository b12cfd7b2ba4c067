FROM golang:1.23 AS build
FROM debian:12.5
# expect: no-copy-entire-stage-filesystem
COPY --from=build / /
# expect: no-copy-entire-stage-filesystem
COPY --from=build "/" "/"
ONBUILD COPY --from=build \
# expect: no-copy-entire-stage-filesystem
    / /
