FROM python:3.12
ARG PACKAGES
RUN pip install --no-cache-dir -r requirements.txt flask==3.0.3 "gunicorn>=22,<23" .
RUN pip install git+https://github.com/org/repo@v1.2.3 git+ssh://git@github.com/org/other.git@4f2c1e0 ./wheels/pkg-1.0.whl
RUN pip install pykafka -c constraints.txt
RUN pip install $PACKAGES && pipenv install black
RUN pipx install "poetry==1.8.5"
RUN pip freeze
RUN <<EOF
pip install --root-user-action ignore uv==0.4.0
EOF
