FROM debian:12.5
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2015d0da2ba1ad5f https://example.com/a /a
ADD https://github.com/moby/buildkit.git#v0.16.0 /buildkit
ADD git@github.com:org/repo.git /repo
ADD local.tar.gz /opt/
