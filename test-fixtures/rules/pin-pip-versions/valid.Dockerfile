FROM python:3.12
RUN pip install --no-cache-dir -r requirements.txt flask==3.0.3 "gunicorn>=22,<23" .
RUN pip install git+https://github.com/org/repo@v1.2.3 ./wheels/pkg-1.0.whl
RUN pip freeze
