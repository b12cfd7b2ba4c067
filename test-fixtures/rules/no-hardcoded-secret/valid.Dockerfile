ARG TOKEN
FROM node:22.11
ENV DATABASE_URL=postgres://db:5432/app REPO=https://github.com/org/app.git
ENV AUTH_URL=https://user:${PASSWORD}@example.com
LABEL org.opencontainers.image.source=https://github.com/org/app
ENV GITHUB_TOKEN=${TOKEN}
