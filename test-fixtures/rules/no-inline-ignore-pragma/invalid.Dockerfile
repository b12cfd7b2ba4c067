FROM debian:12.5
# expect: no-inline-ignore-pragma "# hadolint ignore=DL3008"
# hadolint ignore=DL3008
RUN apt-get install -y curl
# expect: no-inline-ignore-pragma
# boxlint global ignore=BXD101
RUN echo \
# expect: no-inline-ignore-pragma
    # hadolint ignore=DL3003
    done
