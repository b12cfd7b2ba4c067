FROM python:3.12 AS base
ENV PIP_NO_CACHE_DIR=1
FROM python:3.12
# expect: require-pip-no-cache-dir "pip install"
RUN pip install flask==3.0.3
# expect: require-pip-no-cache-dir "python3 -m pip install"
RUN PIP_NO_CACHE_DIR=off python3 -m pip install requests==2.32.3
RUN set -eux; \
# expect: require-pip-no-cache-dir "pip3 install"
    pip3 install \
      -r requirements.txt
# expect: require-pip-no-cache-dir "pip install"
ONBUILD RUN pip install -r requirements.txt
RUN <<EOF
# expect: require-pip-no-cache-dir "pip install"
pip install uv==0.4.0
EOF
