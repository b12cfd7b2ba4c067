FROM debian:12.5
# expect: require-consistent-instruction-casing "run"
run echo hi
# expect: require-consistent-instruction-casing "Copy"
Copy . /app
ONBUILD run echo child
WORKDIR /app
