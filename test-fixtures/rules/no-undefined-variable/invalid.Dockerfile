ARG VERSION=1.4.2
FROM alpine:3.20
# expect: no-undefined-variable "$VERSION"
LABEL org.opencontainers.image.version=$VERSION
ENV APP_HOME=/app
# expect: no-undefined-variable "${APP_HOEM}"
WORKDIR ${APP_HOEM}
# expect: no-undefined-variable "$PAHT"
ENV PATH=$PAHT:/app/bin
FROM alpine:3.20 AS base
ARG BASE_ONLY=1
FROM base
# expect: no-undefined-variable "${BASE_ONLY}"
LABEL x=${BASE_ONLY}
FROM scratch
COPY --from=0 /app /app
# expect: no-undefined-variable "$foo"
COPY $foo .
# expect: no-undefined-variable "${USER_ID}"
USER ${USER_ID}
