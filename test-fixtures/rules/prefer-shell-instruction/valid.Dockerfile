FROM debian:12.5
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN ln -sf /bin/true /sbin/initctl
RUN ln -s foo bar && unrelated && something_with /bin/sh
