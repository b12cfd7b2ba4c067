FROM alpine/git:2.45.2
ARG REF=v2.0.0
RUN git clone --depth 1 --branch v1.2.3 https://github.com/org/tool.git /src
RUN git clone https://github.com/org/lib.git /lib && git -C /lib checkout 4f2c1e0b9a
RUN git clone -b "$REF" https://github.com/org/app.git /app && git clone -b release-2024.05 https://github.com/org/x.git
RUN git clone https://github.com/org/y.git /y && cd /y && git reset --hard 1a2b3c4d5e6f
ONBUILD RUN git clone --branch 1.0 https://github.com/org/z.git /z
RUN <<EOF
git clone https://github.com/org/w.git /w
git -C /w fetch --depth 1 origin 9f8e7d6c5b4a
git -C /w checkout FETCH_HEAD
EOF
