FROM debian:12.5
# expect: require-url-label "\"not-url\""
LABEL lbl="not-url"
LABEL other=1 \
# expect: require-url-label "not-url"
      lbl=not-url
