FROM debian:12.5
ARG VALUE
LABEL lbl="(MIT OR Apache-2.0) AND BSD-3-Clause"
LABEL other="not-spdx" lbl=$VALUE
LABEL lbl=""
