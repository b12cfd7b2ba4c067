FROM python:3.12
# expect: pin-pip-versions "flask"
RUN pip install --no-cache-dir flask requests==2.32.3
# expect: pin-pip-versions "django"
RUN python3 -m pip install -i https://pypi.org/simple django
RUN pip install --no-cache-dir \
      requests==2.32.3 \
# expect: pin-pip-versions "black"
      black
# expect: pin-pip-versions "git+https://github.com/org/tool.git#egg=tool"
RUN pip install git+https://github.com/org/tool.git#egg=tool
# expect: pin-pip-versions "poetry"
RUN pipx install --python python3.12 poetry
ONBUILD RUN pip install \
# expect: pin-pip-versions "ruff"
    ruff
RUN <<EOF
# expect: pin-pip-versions "httpx"
pip install httpx
EOF
