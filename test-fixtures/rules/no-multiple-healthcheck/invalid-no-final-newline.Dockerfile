FROM nginx:1.27 AS web
# expect: no-multiple-healthcheck "HEALTHCHECK"
HEALTHCHECK CMD ["true"]
# expect: no-multiple-healthcheck "HEALTHCHECK"
HEALTHCHECK --interval=30s \
    CMD ["curl", "-f", "http://localhost/"]
RUN true
# expect: no-multiple-healthcheck "HEALTHCHECK"
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
HEALTHCHECK NONE