FROM debian:12.5
ARG VALUE
LABEL lbl="http://example.com"
LABEL other="not-url" lbl=$VALUE
LABEL lbl=""
