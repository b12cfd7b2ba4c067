FROM debian:12.5
RUN mkdir -p /app
# a comment does not separate them
# expect: no-consecutive-run "RUN"
RUN chown nobody /app
RUN --mount=type=secret,id=tok \
    cat /run/secrets/tok
# expect: no-consecutive-run "RUN"
RUN --mount=type=secret,id=tok \
    cat /run/secrets/tok
