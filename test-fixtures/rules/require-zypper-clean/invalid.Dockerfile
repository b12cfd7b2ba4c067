FROM opensuse/leap:15.6
# expect: require-zypper-clean "zypper install"
RUN zypper install -y mariadb=10.4
# expect: require-zypper-clean "zypper install"
RUN zypper clean && zypper install -y httpd=2.4.58
RUN zypper refresh \
# expect: require-zypper-clean "zypper --non-interactive dup"
 && zypper --non-interactive dup \
 && echo done
# expect: require-zypper-clean "zypper in"
ONBUILD RUN zypper in -y make=4.2.1
RUN <<EOF
# expect: require-zypper-clean "zypper install"
zypper install -y wget=1.20.3
EOF
