FROM centos:7.9.2009
# expect: require-yum-clean "yum install"
RUN yum install -y mariadb-10.4
# expect: require-yum-clean "yum install"
RUN yum clean all && yum install -y httpd-2.4.6
RUN yum makecache \
# expect: require-yum-clean "yum -y update"
 && yum -y update \
 && echo done
# expect: require-yum-clean "yum install"
ONBUILD RUN yum install -y make-3.82
RUN <<EOF
# expect: require-yum-clean "yum install"
yum install -y wget-1.14
EOF
