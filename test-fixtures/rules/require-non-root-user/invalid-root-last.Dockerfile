FROM debian:12.5
USER app
RUN id
# expect: require-non-root-user "root"
USER root
CMD ["/app"]
