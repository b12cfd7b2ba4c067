FROM node:22.11
# expect: no-docker-only-instructions "SHELL"
SHELL ["/bin/bash", "-c"]
# expect: no-docker-only-instructions "ONBUILD"
ONBUILD COPY . /app
# expect: no-docker-only-instructions "healthcheck"
healthcheck --interval=5s \
    CMD ["curl", "-f", "http://localhost/"]
