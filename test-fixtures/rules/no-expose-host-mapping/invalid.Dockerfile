FROM nginx:1.27
# expect: no-expose-host-mapping "127.0.0.1:8080:80"
EXPOSE 127.0.0.1:8080:80
EXPOSE 443 \
# expect: no-expose-host-mapping "80:80/tcp"
    80:80/tcp
# expect: no-expose-host-mapping "9000:9000"
ONBUILD EXPOSE 9000:9000
