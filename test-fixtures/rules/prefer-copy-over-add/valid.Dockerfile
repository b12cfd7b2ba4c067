FROM debian:12.5
ADD rootfs.tar.gz /
ADD "file.tgz" /usr/src/app/
ADD https://example.com/tool.bin /usr/local/bin/tool
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2015d0da2ba1ad5f https://example.com/a /a
ADD https://github.com/moby/buildkit.git#v0.16.0 /buildkit
COPY app.conf /etc/app/
ONBUILD ADD layer.tar.xz /
