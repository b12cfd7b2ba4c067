FROM debian:12.5
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 ./local.deb /tmp/pkg.deb
RUN apt-get install -y $PACKAGES
RUN apt-cache show curl && echo apt-get install foo
RUN apt-get install -y -t bookworm-backports linux-image-amd64=6.1
