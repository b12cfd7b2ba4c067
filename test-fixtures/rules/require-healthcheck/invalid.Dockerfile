FROM scratch AS base
HEALTHCHECK CMD ["/bin/bla"]
FROM scratch AS other
# expect: require-healthcheck "other"
FROM other
ONBUILD HEALTHCHECK CMD ["/child"]
