FROM node:22.11
WORKDIR /app
# expect: no-copy-ignored-file "dist/app.js"
COPY dist/app.js /app/
# expect: no-copy-ignored-file "./debug.log"
COPY package.json ./debug.log /app/
ADD src \
# expect: no-copy-ignored-file "config/deep/secret.txt"
    config/deep/secret.txt /app/
# expect: no-copy-ignored-file "\"dist\""
ONBUILD COPY ["dist", "/child/"]
