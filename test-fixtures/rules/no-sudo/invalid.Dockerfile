FROM debian:12.5
# expect: no-sudo "sudo"
RUN sudo apt-get update
RUN echo start \
# expect: no-sudo "sudo"
  && sudo -u app make install
ONBUILD RUN echo hi && \
# expect: no-sudo "sudo"
    sudo make
RUN <<EOF
set -e
# expect: no-sudo "sudo"
sudo rm -rf /tmp/x
EOF
