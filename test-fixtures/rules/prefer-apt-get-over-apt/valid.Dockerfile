FROM ubuntu:24.04
RUN apt-get update && apt-get install -y curl=8.5.0-2ubuntu10 && apt-cache search vim
RUN echo apt install foo && aptitude --version
ONBUILD RUN apt-get update
RUN <<EOF
apt-get dist-upgrade -y
EOF
