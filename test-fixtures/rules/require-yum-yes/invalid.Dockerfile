FROM centos:7.9.2009
# expect: require-yum-yes "yum install"
RUN yum install httpd-2.4.6 && yum clean all
# expect: require-yum-yes "yum --enablerepo=epel groupinstall"
RUN yum --enablerepo=epel groupinstall "Development Tools"
RUN yum makecache \
# expect: require-yum-yes "yum remove"
 && yum remove nano
ONBUILD RUN yum makecache \
# expect: require-yum-yes "yum install"
    && yum install vim-7.4
RUN <<EOF
# expect: require-yum-yes "yum update"
yum update
EOF
