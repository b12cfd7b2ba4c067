FROM node:22.11
ARG DEST=/app/
COPY package.json package-lock.json /app/
COPY foo bar "baz/"
COPY ["a", "b", "/opt/"]
COPY one two $DEST
COPY single /file
COPY <<EOF /etc/motd
hello world
EOF
ONBUILD COPY a b c/
