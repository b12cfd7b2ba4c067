FROM debian:12.5
# expect: no-system-upgrade "apt-get dist-upgrade"
RUN apt-get update && apt-get dist-upgrade -y
# expect: no-system-upgrade "yum -y update"
RUN yum -y update && yum clean all
RUN zypper refresh \
# expect: no-system-upgrade "zypper --non-interactive dup"
 && zypper --non-interactive dup
# expect: no-system-upgrade "apk upgrade"
ONBUILD RUN apk upgrade --no-cache
RUN <<EOF
# expect: no-system-upgrade "dnf upgrade"
dnf upgrade -y
EOF
