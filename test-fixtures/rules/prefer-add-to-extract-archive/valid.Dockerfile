FROM debian:12.5 AS build
COPY packaged-app.tar /usr/src/app
FROM debian:12.5
RUN tar -xf /usr/src/app/packaged-app.tar
COPY package.json /usr/src/app
COPY --from=build /usr/local/share/some.tar /opt/some.tar
RUN tar -xf /opt/some.tar
COPY bundle.zip /opt/
RUN unzip /opt/bundle.zip
COPY data.tar.gz /opt/
RUN tar -czf /backup.tgz /opt
