FROM debian:12.5 AS first
# expect: no-multiple-entrypoint "ENTRYPOINT"
ENTRYPOINT bash
RUN make
ENTRYPOINT ["app", \
    "--serve"]

FROM debian:12.5
# expect: no-multiple-entrypoint "ENTRYPOINT"
ENTRYPOINT one
# expect: no-multiple-entrypoint "ENTRYPOINT"
ENTRYPOINT two
ONBUILD ENTRYPOINT ignored-trigger
ENTRYPOINT three

FROM debian:12.5
# expect: no-multiple-entrypoint "entrypoint"
entrypoint ["tini", \
            "--"]
# expect: no-multiple-entrypoint "ENTRYPOINT"
ENTRYPOINT ["app"]
ENTRYPOINT ["app", "--verbose"]
