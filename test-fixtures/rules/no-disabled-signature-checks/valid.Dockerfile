FROM debian:12.5
ARG REPO=https://repo.example.com
RUN echo "deb [signed-by=/usr/share/keyrings/example.gpg] https://repo.example.com/ stable main" > /etc/apt/sources.list.d/example.list
RUN apt-get update && apt-get install -y --no-install-recommends tool=1.2 && echo --allow-unauthenticated
RUN rpm --import https://repo.example.com/key.asc && yum install -y tool-1.2 && dnf install -y --setopt=gpgcheck=1 x-1.0
ONBUILD RUN apk add --no-cache tool=1.2-r0
RUN <<EOF
printf '[example]\nbaseurl=%s\ngpgcheck=1\n' "$REPO" > /etc/yum.repos.d/example.repo
EOF
