FROM debian:12.5 AS build
RUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz && tar -xzf /tmp/a.tgz
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
RUN curl -fsSL https://example.com/b.tgz | tar -xz
FROM alpine:3.20
SHELL ["/bin/ash", "-e", "-o", "pipefail", "-c"]
RUN wget -qO- https://example.com/c | wc -l > /number
ONBUILD RUN cat /etc/os-release | grep ID
FROM debian:12.5
RUN set -euo pipefail; curl -fsSL https://example.com/d | tar -xz
RUN <<EOF
set -o pipefail
ls / | sort
EOF
