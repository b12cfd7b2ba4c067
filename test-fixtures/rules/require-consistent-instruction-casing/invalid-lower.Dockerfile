from debian:12.5
run echo hi
copy . /app
# expect: require-consistent-instruction-casing "WORKDIR"
WORKDIR /app
