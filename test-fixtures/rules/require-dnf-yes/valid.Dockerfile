FROM fedora:40
RUN dnf install -y httpd-2.4.57 && microdnf install -y git-2.45 && dnf --assumeyes remove nano
RUN dnf -y upgrade && dnf clean all && dnf makecache && notdnf install x
ONBUILD RUN dnf install -y vim-9.1
RUN <<EOF
dnf install -y git-2.45.1
EOF
