ARG BASE=node:latest
ARG PY="python:latest"
# expect: no-latest-tag "$BASE"
FROM $BASE AS build
# expect: no-latest-tag "${PY}"
FROM ${PY}
