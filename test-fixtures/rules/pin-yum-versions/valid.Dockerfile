FROM centos:7.9.2009
ARG version=2.51.0-2.el7
RUN yum install -y tomcat-7.0.76 openssl-1:1.0.2k gcc-c++-4.8.5-44.el7 ./local-1.0.rpm && yum clean all
RUN yum module install -y nodejs:18 && yum groupinstall -y "Development Tools"
RUN yum -y install git-core-${version} @base
RUN yum update -y && yum makecache
ONBUILD RUN yum install -y make-3.82
RUN <<EOF
yum install -y wget-1.14
EOF
