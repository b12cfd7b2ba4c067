FROM fedora:40
# expect: require-dnf-yes "dnf install"
RUN dnf install httpd-2.4.57 && dnf clean all
# expect: require-dnf-yes "microdnf install"
RUN microdnf install httpd-2.4.57 && microdnf clean all
RUN dnf makecache \
# expect: require-dnf-yes "dnf upgrade"
 && dnf upgrade
ONBUILD RUN dnf makecache \
# expect: require-dnf-yes "dnf in"
    && dnf in vim-9.1
RUN <<EOF
# expect: require-dnf-yes "dnf remove"
dnf remove nano
EOF
