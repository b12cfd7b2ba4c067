FROM debian:12.5
ARG PKG=curl
RUN apt-get update && apt-get install -y --no-install-recommends "$PKG"
RUN apt-get update \
 && apt-get upgrade -y \
 && rm -rf /var/lib/apt/lists/*
RUN apk update && apk add git=2.45.2-r0 && dnf makecache && dnf install -y make-4.4
ONBUILD RUN apt-get update && apt-get install -y --no-install-recommends make=4.3-4.1
RUN <<EOF
zypper refresh
zypper install -y wget=1.20.3
EOF
RUN apt-get update && bash /tmp/scripts/setup-debian.sh
