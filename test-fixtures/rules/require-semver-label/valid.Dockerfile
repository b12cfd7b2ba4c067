FROM debian:12.5
ARG VALUE
LABEL lbl="2.0.1-rc1"
LABEL other="not-sem-ver" lbl=$VALUE
LABEL lbl=""
