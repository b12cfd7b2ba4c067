FROM docker:26.1-dind
ARG MEM=512m
RUN docker run -d --memory 512m --cpus 1 my/worker:1.0 && docker run -m1g -c 512 my/worker:1.0
RUN docker run --memory="$MEM" --cpu-quota=50000 my/worker:1.0 && docker build -t x .
ONBUILD RUN docker run -d --memory=256m --cpuset-cpus=0 my/worker:1.0
RUN <<EOF
docker ps && docker exec worker ls
EOF
