FROM debian:12.5
# expect: no-disabled-signature-checks "--allow-unauthenticated"
RUN apt-get update && apt-get install -y --allow-unauthenticated --no-install-recommends tool=1.2
# expect: no-disabled-signature-checks "\"deb [trusted=yes] http://repo.example.com/ ./\""
RUN echo "deb [trusted=yes] http://repo.example.com/ ./" > /etc/apt/sources.list.d/example.list
RUN yum install -y \
# expect: no-disabled-signature-checks "--nogpgcheck"
      --nogpgcheck \
      tool-1.2
# expect: no-disabled-signature-checks "--allow-untrusted"
ONBUILD RUN apk add --no-cache --allow-untrusted /tmp/tool-1.2.apk
RUN <<EOF
# expect: no-disabled-signature-checks "--nosignature"
rpm -i --nosignature /tmp/tool-1.2.rpm
# expect: no-disabled-signature-checks "--setopt=gpgcheck=0"
dnf install -y --setopt=gpgcheck=0 tool-1.2
# expect: no-disabled-signature-checks "APT::Get::AllowUnauthenticated=true"
apt-get -o APT::Get::AllowUnauthenticated=true install -y tool=1.2
EOF
