FROM opensuse/leap:15.6
# expect: pin-zypper-versions "tomcat"
RUN zypper install -y tomcat && zypper clean
# expect: pin-zypper-versions "curl"
RUN zypper --non-interactive in git=2.43.0 curl
RUN zypper install -y \
      vim=9.1 \
# expect: pin-zypper-versions "gzip"
      gzip
ONBUILD RUN zypper install -y \
# expect: pin-zypper-versions "make"
    make
RUN <<EOF
# expect: pin-zypper-versions "wget"
zypper install -y wget
EOF
