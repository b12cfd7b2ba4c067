# expect: require-image-digest "debian:12.5"
FROM debian:12.5
