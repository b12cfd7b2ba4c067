FROM centos:7.9.2009
RUN yum install -y httpd-2.4.6 && yum -y groupinstall "Development Tools" && yum --assumeyes remove nano
RUN yum -yq update && yum clean all && yum makecache && yum list installed
ONBUILD RUN yum install -y vim-7.4
RUN <<EOF
yum install -y git-1.8.3
EOF
