FROM node:20.12 AS deps
# expect: require-yarn-cache-clean "yarn install"
RUN yarn install --frozen-lockfile
FROM deps
# expect: require-yarn-cache-clean "yarn install"
RUN yarn cache clean && yarn install
RUN --mount=type=cache,target=/var/lib/foobar \
# expect: require-yarn-cache-clean "yarn install"
    yarn install --production
# expect: require-yarn-cache-clean "yarn install"
ONBUILD RUN yarn install
RUN <<EOF
# expect: require-yarn-cache-clean "yarn install"
yarn install --frozen-lockfile
EOF
