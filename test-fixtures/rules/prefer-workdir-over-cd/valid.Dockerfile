FROM debian:12.5
WORKDIR /app
RUN make -C /app && echo cd
ONBUILD RUN make
RUN <<EOF
make install
EOF
