FROM debian:12.5
RUN apt-get update && apt-get install -y curl=7.88.1-10 && apt-get -yq install git=1:2.39.2-1.1
RUN apt-get --yes install a=1 && apt-get --assume-yes install b=1 && apt-get -qq install c=1
RUN apt-get install -q -q d=1 && apt-get install -q=2 e=1 && apt-get --quiet --quiet install f=1
RUN apt-get -o APT::Get::Assume-Yes=true install g=1 && yes | apt-get install h=1
RUN apt-get update && apt-cache policy curl && apt-get clean && apt-get install -s postgresql-16-jit
ONBUILD RUN apt-get install -y vim=2:9.0.1378-2
RUN <<EOF
apt-get install -y nano=7.2-1
EOF
