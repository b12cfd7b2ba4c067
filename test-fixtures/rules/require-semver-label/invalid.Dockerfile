FROM debian:12.5
# expect: require-semver-label "\"not-sem-ver\""
LABEL lbl="not-sem-ver"
LABEL other=1 \
# expect: require-semver-label "not-sem-ver"
      lbl=not-sem-ver
