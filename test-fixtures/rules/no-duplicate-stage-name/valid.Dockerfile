FROM golang:1.23 AS build-api
FROM node:22.11 AS build-ui
FROM build-api
FROM build-ui
