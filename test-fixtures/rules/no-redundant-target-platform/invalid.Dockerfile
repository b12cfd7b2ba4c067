# expect: no-redundant-target-platform "--platform=$TARGETPLATFORM"
FROM --platform=$TARGETPLATFORM alpine:3.20
# expect: no-redundant-target-platform "--platform=${TARGETPLATFORM}"
FROM --platform=${TARGETPLATFORM} \
    alpine:3.20 AS two
