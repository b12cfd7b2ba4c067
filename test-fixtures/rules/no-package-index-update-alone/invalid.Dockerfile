FROM debian:12.5
# expect: no-package-index-update-alone "apt-get update"
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl=7.88.1-10
# expect: no-package-index-update-alone "apk update"
RUN apk update && echo refreshed && rm -rf /tmp/x
RUN set -eux; \
# expect: no-package-index-update-alone "yum -q makecache"
    yum -q makecache; \
    yum clean all
# expect: no-package-index-update-alone "apt update"
ONBUILD RUN apt update
RUN <<EOF
# expect: no-package-index-update-alone "zypper refresh"
zypper refresh
EOF
