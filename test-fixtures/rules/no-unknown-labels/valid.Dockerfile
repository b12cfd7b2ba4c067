FROM debian:12.5
LABEL required="foo"
ONBUILD LABEL child-label=1
