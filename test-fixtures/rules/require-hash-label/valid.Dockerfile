FROM debian:12.5
ARG VALUE
LABEL lbl="43c572f1272b6b3171dd1db9e41b7027128ce080"
LABEL other="not-git-hash" lbl=$VALUE
LABEL lbl=""
