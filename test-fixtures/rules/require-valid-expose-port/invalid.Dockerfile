FROM nginx:1.27
# expect: require-valid-expose-port "80000"
EXPOSE 80000
EXPOSE 443 \
# expect: require-valid-expose-port "40000-80000/tcp"
    40000-80000/tcp
# expect: require-valid-expose-port "70000/udp"
ONBUILD EXPOSE 70000/udp
