FROM docker:27-dind
ENV DOCKER_HOST=tcp://docker:2376 DOCKER_TLS_VERIFY=1
EXPOSE 2376 8080
RUN dockerd --tlsverify -H tcp://0.0.0.0:2376 &
CMD ["dockerd", "-H", "unix:///var/run/docker.sock"]
