FROM debian:12.5 AS first
# expect: no-multiple-cmd "CMD"
CMD bash
RUN make
CMD ["app", \
    "--serve"]

FROM debian:12.5
# expect: no-multiple-cmd "CMD"
CMD one
# expect: no-multiple-cmd "CMD"
CMD two
ONBUILD CMD ignored-trigger
CMD three

FROM debian:12.5
# expect: no-multiple-cmd "CMD"
CMD ["serve", \
# a comment line inside the continuation
     "--port", "80"]
CMD ["serve"]
