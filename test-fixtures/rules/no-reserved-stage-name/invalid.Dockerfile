# expect: no-reserved-stage-name "scratch"
FROM alpine:3.20 AS scratch
FROM alpine:3.20 \
# expect: no-reserved-stage-name "Context"
    AS Context
