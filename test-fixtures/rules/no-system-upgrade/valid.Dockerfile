FROM debian:12.5
ARG PKG=openssl
RUN apt-get update && apt-get install -y --only-upgrade openssl=3.0.13-1~deb12u1
RUN yum update -y openssl && apk upgrade --no-cache busybox && dnf upgrade -y "$PKG"
RUN pip install --upgrade pip==24.0 && npm update
ONBUILD RUN apt-get update
RUN <<EOF
zypper refresh
EOF
