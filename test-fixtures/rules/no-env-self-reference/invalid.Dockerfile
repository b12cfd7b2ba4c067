FROM debian:12.5
# expect: no-env-self-reference "$APP_HOME"
ENV APP_HOME=/app APP_BIN=$APP_HOME/bin
ENV PATH=/bla:${PATH} \
# expect: no-env-self-reference "${PATH}"
    PATH=/blubb:${PATH}
# expect: no-env-self-reference "${A}"
ONBUILD ENV A=1 B="${A}"
