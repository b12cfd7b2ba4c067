FROM golang:1.22 AS build
USER builder
RUN go build -o /app .

# expect: require-non-root-user "debian:12.5"
FROM debian:12.5
COPY --from=build /app /app
CMD ["/app"]
