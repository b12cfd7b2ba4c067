FROM debian:12.5
# expect: no-http-downloads "http://example.com/tool-1.2.tgz"
RUN curl -fsSLo /tmp/tool.tgz http://example.com/tool-1.2.tgz
# expect: no-http-downloads "\"http://$MIRROR/app.tar.gz\""
RUN wget -q "http://$MIRROR/app.tar.gz"
RUN set -eux; \
# expect: no-http-downloads "http://git.example.com/repo.git"
    git clone --depth 1 http://git.example.com/repo.git /src
# expect: no-http-downloads "http://pypi.internal.example.com/simple"
ONBUILD RUN pip install --index-url http://pypi.internal.example.com/simple app==1.0
RUN <<EOF
# expect: no-http-downloads "http://registry.example.com/"
npm install --registry http://registry.example.com/ left-pad@1.3.0
EOF
