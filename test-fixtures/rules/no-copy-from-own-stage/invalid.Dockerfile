FROM node:22.11 AS app
# expect: no-copy-from-own-stage "app"
COPY --from=app /src /src
FROM node:22.11 AS second
COPY \
# expect: no-copy-from-own-stage "1"
    --from=1 /a /a
