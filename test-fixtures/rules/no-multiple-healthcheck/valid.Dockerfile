FROM nginx:1.27 AS a
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
FROM nginx:1.27
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
ONBUILD HEALTHCHECK NONE
