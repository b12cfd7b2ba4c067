FROM debian:12.5
RUN apt-get install -y sudo
RUN echo "sudo is a word" && gosu app make
RUN cat <<EOF > /etc/motd
sudo is text here
EOF
