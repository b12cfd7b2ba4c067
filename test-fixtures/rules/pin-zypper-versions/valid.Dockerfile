FROM opensuse/leap:15.6
ARG PKGS
RUN zypper install -y tomcat=9.0.39 tomcat\>=9.0 "nginx<1.22" ./local-1.0.rpm && zypper clean
RUN zypper install -y -t pattern devel_basis=20170319 && zypper install -y $PKGS
RUN zypper refresh && zypper search vim
ONBUILD RUN zypper install -y make=4.2.1
RUN <<EOF
zypper install -y wget=1.20.3
EOF
