FROM python:3.12 AS build
RUN pip install --user flask==3.0.3
FROM python:3.12 AS base
ENV PIP_NO_CACHE_DIR=yes
FROM base
RUN pip install requests==2.32.3
FROM python:3.12
RUN pip install --no-cache-dir flask==3.0.3 && pipx install black==24.4.2 && pipenv install
RUN PIP_NO_CACHE_DIR=1 pip install a==1 && export PIP_NO_CACHE_DIR=true && pip install b==1
RUN --mount=type=cache,target=/root/.cache/pip pip install c==1
ONBUILD RUN pip install --no-cache-dir -r requirements.txt
RUN <<EOF
pip install --no-cache-dir uv==0.4.0
EOF
RUN export PIP_NO_CACHE_DIR=1 && sh <<EOF
pip install d==1
EOF
