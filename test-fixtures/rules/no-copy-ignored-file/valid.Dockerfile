ARG SRC=dist
FROM node:22.11 AS build
WORKDIR /app
COPY . .
COPY src/app.js logs/app.log /app/
COPY $SRC /x
FROM node:22.11
COPY --from=build /app/dist /app/dist
ADD https://example.com/dist /dist
