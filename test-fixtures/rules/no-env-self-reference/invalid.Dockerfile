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
# A comment line between the assignments: reported, no quick fix (the split would lose it).
ENV ONE=1 \
# the second one
# expect: no-env-self-reference "$ONE"
    TWO=$ONE
