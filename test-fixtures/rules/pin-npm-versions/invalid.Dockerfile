FROM node:20.12
# expect: pin-npm-versions "typescript"
RUN npm install -g typescript
# expect: pin-npm-versions "@angular/cli"
RUN npm install --global @angular/cli sax@0.1.1
# expect: pin-npm-versions "express"
RUN npm install --registry https://registry.example.com express
# expect: pin-npm-versions "git+https://github.com/org/pkg.git"
RUN npm i git+https://github.com/org/pkg.git
RUN npm install --loglevel verbose \
      lodash@4.17.21 \
# expect: pin-npm-versions "pm2@latest"
      pm2@latest
ONBUILD RUN npm install \
# expect: pin-npm-versions "nodemon"
    nodemon
RUN <<EOF
# expect: pin-npm-versions "yarn"
npm install -g yarn
EOF
