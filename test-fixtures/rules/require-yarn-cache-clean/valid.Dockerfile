FROM node:20.12 AS build
RUN yarn install --frozen-lockfile && yarn build
FROM node:20.12
RUN yarn install --production && yarn cache clean
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --production
ONBUILD RUN yarn install && yarn cache clean --all
RUN <<EOF
yarn install --frozen-lockfile
yarn cache clean
EOF
