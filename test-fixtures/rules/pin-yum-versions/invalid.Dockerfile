FROM centos:7.9.2009
# expect: pin-yum-versions "tomcat"
RUN yum install -y tomcat && yum clean all
# expect: pin-yum-versions "java-1.8.0-openjdk"
RUN yum install -y httpd-2.4.6-99.el7 java-1.8.0-openjdk
# expect: pin-yum-versions "nodejs"
RUN yum module install -y nodejs && yum clean all
RUN yum install -y \
      git-1.8.3.1 \
# expect: pin-yum-versions "rpm-sign"
      rpm-sign
ONBUILD RUN yum install -y \
# expect: pin-yum-versions "make"
    make
RUN <<EOF
# expect: pin-yum-versions "wget"
yum install -y wget
EOF
