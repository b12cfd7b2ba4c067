FROM debian:12.5
RUN usermod -aG docker ci
RUN echo "see docs about docker.sock"
