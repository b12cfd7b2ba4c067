FROM golang:1.23 AS build
RUN go build -o /app .
FROM debian:12.5
# expect: require-known-copy-from-stage "biuld"
COPY --from=biuld /app /app
# expect: require-known-copy-from-stage "later"
COPY --from=later /x /x
COPY --chown=1:1 \
# expect: require-known-copy-from-stage "5"
    --from=5 /y /y
FROM alpine:3.20 AS later
