FROM golang:1.23 AS build
FROM node:22.11 AS ui
# expect: no-duplicate-stage-name "BUILD"
FROM node:22.11 AS BUILD
ARG BASE=alpine:3.20
FROM \
# expect: no-duplicate-stage-name "ui"
    ${BASE} AS ui
