FROM node:22.11
COPY dist/app.js /app/
