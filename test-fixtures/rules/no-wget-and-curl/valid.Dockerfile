FROM debian:12.5 AS build
RUN wget -q https://example.com/a.tgz
ONBUILD RUN wget -q https://example.com/b.tgz
FROM debian:12.5
RUN curl -fsSLO https://example.com/c.tgz && echo wget
RUN <<EOF
curl -fsSLO https://example.com/d.tgz
EOF
