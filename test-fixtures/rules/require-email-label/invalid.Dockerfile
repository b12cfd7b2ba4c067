FROM debian:12.5
# expect: require-email-label "\"not-email\""
LABEL lbl="not-email"
LABEL other=1 \
# expect: require-email-label "not-email"
      lbl=not-email
