FROM debian:12.5
# expect: require-hash-label "\"not-git-hash\""
LABEL lbl="not-git-hash"
LABEL other=1 \
# expect: require-hash-label "not-git-hash"
      lbl=not-git-hash
