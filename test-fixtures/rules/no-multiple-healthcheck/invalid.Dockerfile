FROM nginx:1.27
# expect: no-multiple-healthcheck "HEALTHCHECK"
HEALTHCHECK --interval=30s \
    CMD curl -f http://localhost/ || exit 1
HEALTHCHECK NONE
