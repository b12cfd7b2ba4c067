FROM debian:12.5
RUN apt-get update && \
# expect: no-empty-continuation

    apt-get install -y curl
ENV A=1 \
    B=2 \
# expect: no-empty-continuation
    
    C=3
