FROM debian:12.5 AS test
RUN apt-get update && apt-get install -y --no-install-recommends openssh-server=1:9.2p1-2
FROM debian:12.5
ARG PKG=openssh-client
RUN apt-get update && apt-get install -y --no-install-recommends openssh-client=1:9.2p1-2 "$PKG"
RUN apk add --no-cache openssh-client=9.7_p1-r4 openssh-keygen=9.7_p1-r4 && ssh-keygen -A
RUN yum install -y openssh-clients-8.0p1 && service nginx start
ONBUILD RUN ssh -V
RUN <<EOF
echo sshd
EOF
