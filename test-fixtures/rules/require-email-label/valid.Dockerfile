FROM debian:12.5
ARG VALUE
LABEL lbl="abcd@google.com"
LABEL other="not-email" lbl=$VALUE
LABEL lbl=""
