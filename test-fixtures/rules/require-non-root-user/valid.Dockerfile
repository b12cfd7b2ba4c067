FROM debian:12.5 AS build
RUN make

FROM debian:12.5
USER root
RUN apt-get update
USER 10001:10001
CMD ["/app"]
