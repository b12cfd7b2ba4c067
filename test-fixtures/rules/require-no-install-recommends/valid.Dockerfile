FROM debian:12.5
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10
RUN apt-get -o APT::Install-Recommends=false -y install git=1:2.39.2-1.1
RUN apt-get update && apt-get upgrade -y && apt install -y vim=2:9.0.1378-2
ONBUILD RUN apt-get install -y --no-install-recommends make=4.3-4.1
RUN <<EOF
apt-get install --no-install-recommends -y nano=7.2-1
EOF
