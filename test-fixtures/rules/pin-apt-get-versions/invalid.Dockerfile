FROM debian:12.5
# expect: pin-apt-get-versions "b"
RUN apt-get update && apt-get install -y --no-install-recommends a=1.2 b \
# expect: pin-apt-get-versions "\"c\""
      "c" \
      d=2.0 \
 && rm -rf /var/lib/apt/lists/*
# expect: pin-apt-get-versions "git"
RUN sudo DEBIAN_FRONTEND=noninteractive apt-get -o Dpkg::Options::=--force-confnew install -qy git
ONBUILD RUN apt-get install -y \
# expect: pin-apt-get-versions "vim"
    vim
