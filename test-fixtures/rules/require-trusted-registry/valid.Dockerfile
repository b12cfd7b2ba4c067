FROM trusted.example.com/debian:12.5 AS a
FROM eu.mirror.example.com/node:22.11 AS b
FROM ubuntu:24.04 AS c
FROM zemanlx/ubuntu:18.04 AS d
FROM docker.io/zemanlx/ubuntu:18.04 AS e
FROM a AS f
FROM scratch
COPY --from=a /x /x
COPY --from=trusted.example.com/repo/image:tag /foo /bar
RUN --mount=type=bind,from=b,target=/foo foobar
