ARG TAG
ARG IMAGE
ARG UPPER=Alpine
# expect: require-valid-from-arg-default "alpine:${TAG}"
FROM alpine:${TAG}
# expect: require-valid-from-arg-default "$IMAGE"
FROM $IMAGE AS b
FROM \
# expect: require-valid-from-arg-default "${UPPER}:3.20"
    ${UPPER}:3.20 AS c
