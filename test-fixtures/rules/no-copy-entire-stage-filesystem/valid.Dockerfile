FROM golang:1.23 AS build
FROM debian:12.5
COPY / /
COPY --from=build /app /
COPY --from=build / /app
