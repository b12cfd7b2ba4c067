FROM debian:12.5
ARG NAME=x
ENV LANG=C.UTF-8 GREETING="hello world"
LABEL description="a b" version=1
ENV EMPTY=
