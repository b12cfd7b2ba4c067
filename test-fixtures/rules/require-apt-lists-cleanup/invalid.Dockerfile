FROM debian:12.5 AS base
# expect: require-apt-lists-cleanup "apt-get update"
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10
FROM base
ARG DEBIAN_FRONTEND=noninteractive
RUN set -eux; \
# expect: require-apt-lists-cleanup "apt update"
    apt update; \
    apt-get install -y --no-install-recommends git=1:2.39.2-1.1;
RUN rm -rf /var/lib/apt/lists/* \
# expect: require-apt-lists-cleanup "apt-get update"
 && apt-get update \
 && apt-get install -y --no-install-recommends vim=2:9.0.1378-2
# expect: require-apt-lists-cleanup "apt-get update"
ONBUILD RUN apt-get update && apt-get install -y --no-install-recommends make=4.3-4.1
RUN <<EOF
# expect: require-apt-lists-cleanup "apt-get update"
apt-get update
apt-get install -y --no-install-recommends nano=7.2-1
EOF
