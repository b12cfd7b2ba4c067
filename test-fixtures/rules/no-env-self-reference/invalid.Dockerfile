FROM debian:12.5
# expect: no-env-self-reference "$APP_HOME"
ENV APP_HOME=/app APP_BIN=$APP_HOME/bin
ENV PATH=/bla:${PATH} \
# expect: no-env-self-reference "${PATH}"
    PATH=/blubb:${PATH}
# expect: no-env-self-reference "${A}"
ONBUILD ENV A=1 B="${A}"
# expect: no-env-self-reference "$X"
# expect: no-env-self-reference "$Y"
env X=1 Y=$X Z=$Y
# A pragma between the assignments: reported, no quick fix (moved out, it would apply to the new ENV).
ENV ONE=1 \
# hadolint ignore=DL3008
# expect: no-env-self-reference "$ONE"
    TWO=$ONE
