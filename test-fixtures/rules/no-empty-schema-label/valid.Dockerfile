FROM debian:12.5
ARG V=1
LABEL emptylabel="foo" other=""
LABEL emptylabel=$V
