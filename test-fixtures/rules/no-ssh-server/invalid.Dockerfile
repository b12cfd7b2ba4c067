FROM debian:12.5
# expect: no-ssh-server "22"
EXPOSE 22
EXPOSE 80 \
# expect: no-ssh-server "22/tcp"
    22/tcp
# expect: no-ssh-server "\"/usr/sbin/sshd\""
CMD ["/usr/sbin/sshd", "-D"]
# expect: no-ssh-server "ssh"
ENTRYPOINT service ssh start && tail -f /dev/null
