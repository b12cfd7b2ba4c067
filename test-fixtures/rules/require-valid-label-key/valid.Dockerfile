FROM debian:12.5
LABEL org.valid-key.label3="foo" validlabel="foo"
LABEL org.opencontainers.image.source=https://example.com/app
ONBUILD LABEL org.example.child=1
