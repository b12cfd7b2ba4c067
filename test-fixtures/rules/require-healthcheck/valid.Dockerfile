FROM scratch AS base1
FROM base1 AS base2
HEALTHCHECK NONE
FROM base2 AS end
RUN true \
    && echo done
