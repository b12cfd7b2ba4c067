FROM node:22.11 AS deps
RUN npm ci
FROM node:22.11 AS app
COPY --from=deps /node_modules /node_modules
COPY --from=0 /x /x
ONBUILD COPY --from=app /y /y
