ARG V=1
FROM debian:12.5
RUN echo hi \
    run not an instruction
ONBUILD run echo child
