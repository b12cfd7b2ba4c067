ARG BASE=docker.io/library/alpine:3.20
# expect: require-trusted-registry "random.com/debian:12.5"
FROM random.com/debian:12.5 AS a
# expect: require-trusted-registry "ubuntu:24.04"
FROM ubuntu:24.04 AS b
# expect: require-trusted-registry "${BASE}"
FROM ${BASE}
# expect: require-trusted-registry "untrusted.com/repo/image:tag"
COPY --from=untrusted.com/repo/image:tag /foo /bar
# expect: require-trusted-registry "untrusted.com/repo/image:tag"
RUN --mount=type=bind,from=untrusted.com/repo/image:tag,target=/foo foobar
RUN --mount=type=cache,target=/x \
# expect: require-trusted-registry "mirror.example.com/x:1"
    --mount=type=bind,from=mirror.example.com/x:1,target=/y true
