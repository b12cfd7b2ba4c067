FROM centos:7.9.2009 AS build
RUN yum install -y gcc-4.8.5
FROM centos:7.9.2009
RUN yum install -y mariadb-10.4 && yum clean all
RUN yum install -y httpd-2.4.6 && rm -rf /var/cache/yum/*
RUN --mount=type=cache,target=/var/cache/yum yum install -y git-1.8.3
ONBUILD RUN yum install -y make-3.82 && yum clean all
RUN <<EOF
yum install -y wget-1.14
yum clean all
EOF
