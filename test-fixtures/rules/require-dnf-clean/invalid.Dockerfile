FROM fedora:40
# expect: require-dnf-clean "dnf install"
RUN dnf install -y mariadb-10.4
# expect: require-dnf-clean "microdnf install"
RUN rm -rf /var/cache/libdnf5 && microdnf install -y httpd-2.4.57
RUN dnf makecache \
# expect: require-dnf-clean "dnf -y upgrade"
 && dnf -y upgrade \
 && echo done
# expect: require-dnf-clean "dnf in"
ONBUILD RUN dnf in -y make-4.4
RUN <<EOF
# expect: require-dnf-clean "dnf install"
dnf install -y wget-1.21
EOF
