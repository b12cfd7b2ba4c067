FROM debian:12.5
# expect: require-valid-label-key "com.docker.label"
LABEL com.docker.label="foo"
# expect: require-valid-label-key "invalid$character"
LABEL invalid$character="foo"
# expect: require-valid-label-key ".invalid"
LABEL .invalid="foo"
LABEL ok="1" \
# expect: require-valid-label-key "Build_Date"
      Build_Date="2024"
# expect: require-valid-label-key "invalid..double"
ONBUILD LABEL invalid..double=x
