FROM debian:12.5
ARG VERSION=1
RUN mkdir -p /app
WORKDIR /app
RUN make && make install
RUN make check
RUN --mount=type=secret,id=a cat /run/secrets/a
RUN --mount=type=secret,id=b cat /run/secrets/b
ONBUILD RUN make
ONBUILD RUN make install
RUN <<EOF
apt-get update
apt-get install -y --no-install-recommends curl=7.88.1-10
EOF
RUN echo done
