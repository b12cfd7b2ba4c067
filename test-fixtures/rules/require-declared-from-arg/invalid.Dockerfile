ARG VERSION=3.20
# expect: require-declared-from-arg "${TAG}"
FROM alpine:${TAG}
# expect: require-declared-from-arg "$VERSON"
FROM alpine:$VERSON AS b
FROM \
# expect: require-declared-from-arg "${PLATFORM}"
    --platform=${PLATFORM} alpine:3.20 AS c
ARG LATE=1
