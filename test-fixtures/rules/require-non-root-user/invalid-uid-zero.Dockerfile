FROM debian:12.5
# expect: require-non-root-user "0:0"
USER 0:0
