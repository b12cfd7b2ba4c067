FROM debian:12.5 AS build
RUN wget -q https://example.com/a.tgz
# expect: no-wget-and-curl "curl"
RUN curl -fsSLO https://example.com/b.tgz
RUN echo hello
RUN set -eux; \
# expect: no-wget-and-curl "wget"
    wget -q https://example.com/c.tgz
FROM debian:12.5
# expect: no-wget-and-curl "curl"
RUN curl -fsSLO https://example.com/d.tgz && wget -q https://example.com/e.tgz
# expect: no-wget-and-curl "wget"
ONBUILD RUN wget -q https://example.com/f.tgz
RUN <<EOF
# expect: no-wget-and-curl "curl"
curl -fsSLO https://example.com/g.tgz
EOF
