FROM debian:12.5
# expect: no-unknown-labels "other"
LABEL required="foo" other="bar"
LABEL required="x" \
# expect: no-unknown-labels "another"
      another=1
