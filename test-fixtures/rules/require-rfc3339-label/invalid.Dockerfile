FROM debian:12.5
# expect: require-rfc3339-label "\"not-date\""
LABEL lbl="not-date"
LABEL other=1 \
# expect: require-rfc3339-label "not-date"
      lbl=not-date
