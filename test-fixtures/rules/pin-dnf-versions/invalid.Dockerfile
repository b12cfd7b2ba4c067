FROM fedora:40
# expect: pin-dnf-versions "tomcat"
RUN microdnf install -y tomcat && microdnf clean all
# expect: pin-dnf-versions "java-1.8.0-openjdk"
RUN dnf install -y httpd-2.4.6-99.fc40 java-1.8.0-openjdk
# expect: pin-dnf-versions "nodejs"
RUN dnf module install -y nodejs && dnf clean all
RUN dnf install -y \
      git-1.8.3.1 \
# expect: pin-dnf-versions "rpm-sign"
      rpm-sign
ONBUILD RUN dnf install -y \
# expect: pin-dnf-versions "make"
    make
RUN <<EOF
# expect: pin-dnf-versions "wget"
dnf install -y wget
EOF
