ARG BASE=alpine
# expect: require-image-tag "ubuntu"
FROM ubuntu
# expect: require-image-tag "registry.example.com:5000/team/app"
FROM registry.example.com:5000/team/app AS app
# expect: require-image-tag "${BASE}"
FROM ${BASE}
