# syntax=docker/dockerfile:1
# check=skip=JSONArgsRecommended
# hadolint shell=bash
FROM debian:12.5
# an ordinary comment that mentions hadolint ignore=DL3008 later in the text
RUN echo hi
