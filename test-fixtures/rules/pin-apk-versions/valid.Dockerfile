FROM alpine:3.20
RUN apk add --no-cache curl=8.9.0-r0 bash~5.2 ./local.apk
RUN apk update && apk info
