FROM debian:12.5
VOLUME /data
RUN echo "docker" > /etc/sockname
