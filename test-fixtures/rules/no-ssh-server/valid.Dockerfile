FROM debian:12.5
EXPOSE 2222 220 8022
CMD ["ssh-agent", "app"]
