FROM debian:12.5
# expect: require-useradd-no-log-init "useradd"
RUN useradd -u 123456 luser
RUN groupadd app && \
# expect: require-useradd-no-log-init "useradd"
    useradd --uid=1000000 -g app app
# expect: require-useradd-no-log-init "useradd"
ONBUILD RUN useradd --uid 9999999 x
