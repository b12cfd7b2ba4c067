FROM ubuntu:24.04
# expect: prefer-apt-get-over-apt "apt"
RUN apt update \
# expect: prefer-apt-get-over-apt "apt"
 && apt install -y curl=8.5.0-2ubuntu10
# expect: prefer-apt-get-over-apt "apt"
RUN apt list --installed
# expect: prefer-apt-get-over-apt "apt"
ONBUILD RUN apt search vim
RUN <<EOF
# expect: prefer-apt-get-over-apt "apt"
apt full-upgrade -y
EOF
