FROM fedora:40 AS build
RUN dnf install -y gcc-14.1
FROM fedora:40
RUN dnf install -y mariadb-10.4 && dnf clean all
RUN microdnf install -y httpd-2.4.57 && microdnf clean all && dnf install -y git-2.45 && rm -rf /var/cache/dnf/*
RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y vim-9.1
ONBUILD RUN dnf install -y make-4.4 && dnf clean all
RUN <<EOF
dnf install -y wget-1.21
dnf clean all
EOF
