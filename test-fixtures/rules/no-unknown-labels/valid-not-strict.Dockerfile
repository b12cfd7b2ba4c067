FROM debian:12.5
LABEL other="bar"
