FROM debian:12.5
# expect: require-apt-get-yes "apt-get install"
RUN apt-get update && apt-get install --no-install-recommends curl=7.88.1-10
# expect: require-apt-get-yes "apt-get -q install"
RUN apt-get -q install git=1:2.39.2-1.1
RUN apt-get update \
# expect: require-apt-get-yes "apt-get dist-upgrade"
 && apt-get dist-upgrade
ONBUILD RUN apt-get update \
# expect: require-apt-get-yes "apt-get install"
    && apt-get install vim=2:9.0.1378-2
RUN <<EOF
apt-get update
# expect: require-apt-get-yes "apt-get --quiet remove"
apt-get --quiet remove nano
EOF
