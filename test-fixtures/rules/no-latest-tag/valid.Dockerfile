FROM node:22.11 AS build
FROM node:latest@sha256:b8084b1a576c5504a031936e1132574f4ce1d6cc7130bf8ed5e2a6a5bc7d8e4e
FROM build
