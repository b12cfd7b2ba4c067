FROM debian:12.5
# expect: prefer-shell-instruction "/bin/sh"
RUN ln -sfv /bin/bash /bin/sh
RUN apt-get update && \
# expect: prefer-shell-instruction "/bin/sh"
    ln -sf /bin/bash /bin/sh
# expect: prefer-shell-instruction "/bin/sh"
ONBUILD RUN ln -s /bin/dash /bin/sh
RUN <<EOF
# expect: prefer-shell-instruction "/bin/sh"
ln -sf /bin/bash /bin/sh
EOF
