FROM coredns/coredns:1.11.3
# expect: require-lowercase-expose-protocol "UDP"
EXPOSE 53/UDP
EXPOSE 80/tcp \
# expect: require-lowercase-expose-protocol "Tcp"
    443/Tcp
# expect: require-lowercase-expose-protocol "SCTP"
ONBUILD EXPOSE 9000/SCTP
