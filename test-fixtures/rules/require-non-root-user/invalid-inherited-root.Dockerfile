FROM debian:12.5 AS base
USER root
RUN something
# expect: require-non-root-user "base"
FROM base
RUN something else
