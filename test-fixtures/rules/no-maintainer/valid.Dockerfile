FROM debian:12.5
LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
LABEL maintainer="legacy label is fine"
