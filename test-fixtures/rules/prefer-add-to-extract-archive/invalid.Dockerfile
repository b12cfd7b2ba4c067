FROM debian:12.5
# expect: prefer-add-to-extract-archive "packaged-app.tar"
COPY packaged-app.tar /usr/src/app
WORKDIR /usr/src/app
RUN foo bar && echo something && tar -xf packaged-app.tar
# expect: prefer-add-to-extract-archive "/foo.tar"
COPY foo/bar/packaged-app.tar /foo.tar
RUN apt-get update \
    && tar -xf /foo.tar
# expect: prefer-add-to-extract-archive "app.tgz"
COPY app.tgz /opt/
RUN <<EOF
tar xzf /opt/app.tgz -C /opt
EOF
