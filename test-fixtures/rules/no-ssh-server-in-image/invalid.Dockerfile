FROM debian:12.5 AS base
# expect: no-ssh-server-in-image "openssh-server=1:9.2p1-2"
RUN apt-get update && apt-get install -y --no-install-recommends openssh-server=1:9.2p1-2
FROM base
RUN set -eux; \
    mkdir -p /run/sshd; \
# expect: no-ssh-server-in-image "ssh"
    service ssh start
# expect: no-ssh-server-in-image "openssh"
ONBUILD RUN apk add --no-cache openssh
RUN <<EOF
# expect: no-ssh-server-in-image "enable"
systemctl enable sshd
# expect: no-ssh-server-in-image "/usr/sbin/sshd"
/usr/sbin/sshd -t
EOF
