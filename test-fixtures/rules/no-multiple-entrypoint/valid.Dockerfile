FROM debian:12.5 AS first
ENTRYPOINT bash
RUN make

FROM first
ENTRYPOINT ["app"]
ONBUILD ENTRYPOINT ["child"]
