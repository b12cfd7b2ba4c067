FROM golang:1.23 AS build
from alpine:3.20 as tools
From debian:12.5 as mixed
FROM debian:12.5
