FROM debian:12.5
# expect: no-disabled-tls-verification "-kfsSLo"
RUN curl -kfsSLo /tmp/tool.tgz https://example.com/tool-1.2.tgz
# expect: no-disabled-tls-verification "--no-check-certificate"
RUN wget --no-check-certificate -q https://example.com/app.tgz
RUN set -eux; \
# expect: no-disabled-tls-verification "GIT_SSL_NO_VERIFY=1"
    export GIT_SSL_NO_VERIFY=1; \
# expect: no-disabled-tls-verification "http.sslVerify=false"
    git -c http.sslVerify=false clone https://git.example.com/repo.git
# expect: no-disabled-tls-verification "--trusted-host"
ONBUILD RUN pip install --trusted-host pypi.example.com app==1.0
RUN <<EOF
# expect: no-disabled-tls-verification "strict-ssl"
npm config set strict-ssl false
# expect: no-disabled-tls-verification "NODE_TLS_REJECT_UNAUTHORIZED=0"
NODE_TLS_REJECT_UNAUTHORIZED=0 node install.js
# expect: no-disabled-tls-verification "http.sslVerify"
git config --global http.sslVerify false
EOF
