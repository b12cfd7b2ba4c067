FROM debian:12.5
# expect: no-docker-socket "/var/run/docker.sock"
VOLUME /data /var/run/docker.sock
# expect: no-docker-socket "/run/docker.sock"
VOLUME /run/docker.sock /cache
# expect: no-docker-socket "\"/var/run/docker.sock\""
VOLUME ["/var/run/docker.sock"]
# expect: no-docker-socket "\"/var/run/docker.sock\""
VOLUME ["/data", "/var/run/docker.sock"]
