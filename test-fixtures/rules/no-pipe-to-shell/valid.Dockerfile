FROM debian:12.5
RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \
 && echo "abc  /tmp/install.sh" | sha256sum -c - \
 && sh /tmp/install.sh
RUN curl -fsSL https://example.com/data.tar.gz | tar -xz
RUN echo hi | sh
