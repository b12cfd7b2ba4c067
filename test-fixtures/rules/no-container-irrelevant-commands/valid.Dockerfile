FROM debian:12.5
RUN apt-get install -y --no-install-recommends ssh=1:9.2p1-2 vim=2:9.0.1378-2
RUN echo service && printf 'kill\n' > /tmp/x
ONBUILD RUN procps --version
RUN <<EOF
echo top
EOF
