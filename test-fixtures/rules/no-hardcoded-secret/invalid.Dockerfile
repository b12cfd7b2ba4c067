# expect: no-hardcoded-secret "AKIAIOSFODNN7EXAMPLE"
ARG AWS_ID=AKIAIOSFODNN7EXAMPLE
FROM node:22.11
# expect: no-hardcoded-secret "postgres://app:s3cr3t@db:5432/app"
ENV DATABASE_URL=postgres://app:s3cr3t@db:5432/app
LABEL a=1 \
# expect: no-hardcoded-secret "\"ghp_abcdefghijklmnopqrstuvwxyz0123456789\""
      token="ghp_abcdefghijklmnopqrstuvwxyz0123456789"
# expect: no-hardcoded-secret "xoxb-1234567890-abcdefghij"
ONBUILD ENV SLACK=xoxb-1234567890-abcdefghij
