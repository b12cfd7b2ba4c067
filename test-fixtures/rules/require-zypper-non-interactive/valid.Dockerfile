FROM opensuse/leap:15.6
RUN zypper install -n httpd=2.4.24 && zypper --non-interactive install git=2.43.0 && zypper install -y vim=9.1
RUN zypper install --no-confirm nano=7.2 && zypper -n dup && zypper refresh && zypper clean
ONBUILD RUN zypper install -y make=4.2.1
RUN <<EOF
zypper --non-interactive patch
EOF
