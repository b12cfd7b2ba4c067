FROM debian:12.5 AS build
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/a.tgz | tar -xz
FROM debian:12.5
# expect: require-pipefail "curl -fsSL https://example.com/b.tgz | tar -xz"
RUN curl -fsSL https://example.com/b.tgz | tar -xz
SHELL ["/bin/sh", "-o", "pipefail", "-c"]
RUN set -eux; \
# expect: require-pipefail "wget -qO- https://example.com/c | wc -l"
    wget -qO- https://example.com/c | wc -l > /number
# expect: require-pipefail "cat /etc/os-release | grep ID"
ONBUILD RUN cat /etc/os-release | grep ID
RUN <<EOF
# expect: require-pipefail "ls / | sort"
ls / | sort
EOF
