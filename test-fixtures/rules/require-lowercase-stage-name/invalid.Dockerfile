# expect: require-lowercase-stage-name "Build"
FROM golang:1.23 AS Build
RUN go build -o /app .
FROM alpine:3.20 \
# expect: require-lowercase-stage-name "Tools"
    AS Tools
FROM Build AS test
FROM debian:12.5
COPY --from=Build /app /app
COPY --from=Tools /bin/sh /sh
