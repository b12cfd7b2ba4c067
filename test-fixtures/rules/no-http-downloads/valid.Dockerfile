FROM debian:12.5
ARG VERSION=1.2
RUN curl -fsSLo /tmp/tool.tgz https://example.com/tool-$VERSION.tgz && curl -x http://proxy:3128 https://example.com/
RUN curl -fsS http://localhost:8080/health && wget -qO- http://127.0.0.1:9000/ready
RUN wget -q http://example.com/app-1.2.tgz \
 && echo "0a1b2c3d4e5f  app-1.2.tgz" | sha256sum -c - \
 && tar -xzf app-1.2.tgz
RUN echo "deb http://deb.debian.org/debian bookworm main" > /etc/apt/sources.list
ONBUILD RUN git clone https://github.com/org/repo.git /src
RUN <<EOF
pip install --index-url https://pypi.org/simple app==1.0
EOF
