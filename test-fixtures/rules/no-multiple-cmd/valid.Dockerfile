FROM debian:12.5 AS first
CMD bash
RUN make

FROM first
CMD ["app"]
ONBUILD CMD ["child"]
