FROM node:20.12
ARG PKG
RUN npm install && npm ci --omit=dev
RUN npm install --progress=false
RUN npm install express@4.19.2 @myorg/private@">=0.1.0 <0.2.0" sax@0.1.1
RUN npm install ./local-dir ../other /abs/path ~/home-pkg package-1.2.3.tgz
RUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27 git://github.com/npm/npm.git#v1.0.27
RUN npm run --crazy install && npm install "$PKG"
ONBUILD RUN npm install -g typescript@5.4.5
RUN <<EOF
npm install -g pnpm@9.1.0
EOF
