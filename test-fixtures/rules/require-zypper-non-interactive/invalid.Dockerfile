FROM opensuse/leap:15.6
# expect: require-zypper-non-interactive "zypper install"
RUN zypper install httpd=2.4.24 && zypper clean
# expect: require-zypper-non-interactive "zypper --quiet in"
RUN zypper --quiet in git=2.43.0
RUN zypper refresh \
# expect: require-zypper-non-interactive "zypper dup"
 && zypper dup
ONBUILD RUN zypper refresh \
# expect: require-zypper-non-interactive "zypper rm"
    && zypper rm nano
RUN <<EOF
# expect: require-zypper-non-interactive "zypper patch"
zypper patch
EOF
