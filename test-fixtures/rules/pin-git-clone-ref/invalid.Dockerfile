FROM alpine/git:2.45.2
# expect: pin-git-clone-ref "git clone"
RUN git clone https://github.com/org/tool.git /src
# expect: pin-git-clone-ref "main"
RUN git clone --depth 1 --branch main https://github.com/org/tool.git /src
RUN set -eux; \
# expect: pin-git-clone-ref "git -C /opt clone"
    git -C /opt clone \
      https://github.com/org/lib.git; \
    git -C /opt/lib checkout develop
# expect: pin-git-clone-ref "--branch=master"
ONBUILD RUN git clone --branch=master https://github.com/org/app.git /app
RUN <<EOF
# expect: pin-git-clone-ref "git clone"
git clone --recurse-submodules https://github.com/org/big.git /big
EOF
