FROM docker:27-dind
# expect: no-dockerd-tcp-without-tls "-Htcp://0.0.0.0:2375"
RUN dockerd -Htcp://0.0.0.0:2375 &
RUN dockerd \
      -H unix:///var/run/docker.sock \
# expect: no-dockerd-tcp-without-tls "tcp://0.0.0.0:2375"
      --host tcp://0.0.0.0:2375 &
RUN <<EOF
# expect: no-dockerd-tcp-without-tls "\"tcp://127.0.0.1:2375\""
dockerd -H "tcp://127.0.0.1:2375" &
EOF
