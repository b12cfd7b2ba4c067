FROM docker:26.1-dind
ARG NET=bridge
RUN docker run -d -p 127.0.0.1:8080:80 my/proxy:2.1 && docker run --network mynet my/app:1.0
RUN docker run --network "$NET" my/app:1.0 && docker run my/app:1.0 --network host
RUN docker network create --driver bridge mynet && docker build --network host .
ONBUILD RUN docker run --pid=container:app my/debug:1.0
RUN <<EOF
docker run --ipc=shareable my/app:1.0
EOF
