FROM debian:12.5
ARG CURL_OPTS
RUN curl -fsSLo /tmp/tool.tgz https://example.com/tool-1.2.tgz && wget -q https://example.com/app.tgz
RUN git config --global http.sslVerify true && npm config set strict-ssl true && curl $CURL_OPTS https://example.com
RUN pip install --index-url https://pypi.example.com/simple app==1.0 && echo --insecure
RUN kubectl version --client && curl --ssl-reqd -o x https://example.com/x
ONBUILD RUN curl -fsSL https://example.com/install.sh -o /tmp/install.sh
RUN <<EOF
export GIT_SSL_NO_VERIFY=0
EOF
