FROM node:22.11 AS base
WORKDIR /usr/src
WORKDIR app

# inherits the absolute WORKDIR of base
FROM base
WORKDIR relative

FROM mcr.microsoft.com/windows/servercore:ltsc2022
WORKDIR C:\app
WORKDIR 'C:/tools'

FROM node:22.11
ARG WORKDIR=/srv
WORKDIR ${WORKDIR}
WORKDIR "/quoted path"
ONBUILD WORKDIR /onbuild
