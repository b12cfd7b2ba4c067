FROM debian:12.5
# expect: require-no-install-recommends "apt-get install"
RUN apt-get update && apt-get install -y curl=7.88.1-10 && rm -rf /var/lib/apt/lists/*
# expect: require-no-install-recommends "apt-get -y install"
RUN apt-get -y install git=1:2.39.2-1.1
RUN apt-get update \
# expect: require-no-install-recommends "apt-get install"
 && apt-get install -y \
      vim=2:9.0.1378-2
# expect: require-no-install-recommends "apt-get install"
ONBUILD RUN apt-get install -y make=4.3-4.1
RUN <<EOF
# expect: require-no-install-recommends "apt-get install"
apt-get install -y nano=7.2-1
EOF
