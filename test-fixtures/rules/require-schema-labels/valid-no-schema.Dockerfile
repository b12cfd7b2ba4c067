FROM debian:12.5
