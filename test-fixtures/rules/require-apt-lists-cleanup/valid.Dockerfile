FROM debian:12.5 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential=12.9
FROM debian:12.5
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl=7.88.1-10 \
 && rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends git=1:2.39.2-1.1
RUN --mount=type=cache,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt apt-get update
RUN apt-get update && apt-get install -y --no-install-recommends jq=1.6-2.1 && apt-get dist-clean
ONBUILD RUN apt-get update && apt-get install -y --no-install-recommends make=4.3-4.1 && rm -rf /var/lib/apt/lists
RUN <<EOF
apt-get update
apt-get install -y --no-install-recommends nano=7.2-1
rm -rf /var/lib/apt/lists/*
EOF
