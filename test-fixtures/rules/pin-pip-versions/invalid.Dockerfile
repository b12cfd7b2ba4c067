FROM python:3.12
# expect: pin-pip-versions "flask"
RUN pip install --no-cache-dir flask requests==2.32.3
# expect: pin-pip-versions "django"
RUN python3 -m pip install -i https://pypi.org/simple django
