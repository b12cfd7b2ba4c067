FROM fedora:40
ARG version=2.51.0-2.fc40
RUN dnf install -y tomcat-7.0.76 openssl-1:1.0.2k gcc-c++-4.8.5-44.fc40 ./local-1.0.rpm && dnf clean all
RUN dnf module install -y nodejs:18 && dnf group install -y "Development Tools"
RUN dnf -y install git-core-${version} @base
RUN dnf update -y && dnf makecache
ONBUILD RUN dnf install -y make-3.82
RUN <<EOF
dnf install -y wget-1.14
EOF
