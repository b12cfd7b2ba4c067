ARG BUILDER=build
FROM golang:1.23 AS Build
RUN go build -o /app .
FROM debian:12.5
COPY --from=build /app /app
COPY --from=0 /app /app2
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/
COPY --from=ghcr.io/org/tool /tool /tool
COPY --from=${BUILDER} /app /app3
ONBUILD COPY --from=child-stage /x /x
