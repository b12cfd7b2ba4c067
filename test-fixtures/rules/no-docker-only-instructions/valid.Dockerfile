ARG V=1
FROM node:22.11
STOPSIGNAL SIGTERM
RUN ["/bin/bash", "-c", "echo $V"]
CMD ["node", "server.js"]
