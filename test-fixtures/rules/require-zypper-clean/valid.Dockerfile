FROM opensuse/leap:15.6 AS build
RUN zypper install -y gcc=7
FROM opensuse/leap:15.6
RUN zypper install -y mariadb=10.4 && zypper clean --all
RUN zypper install -y httpd=2.4.58 && zypper cc && zypper in -y git=2.43 && rm -rf /var/cache/zypp
RUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y vim=9.1
ONBUILD RUN zypper install -y make=4.2.1 && zypper clean
RUN <<EOF
zypper install -y wget=1.20.3
zypper clean -a
EOF
