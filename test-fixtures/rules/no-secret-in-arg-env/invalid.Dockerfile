# expect: no-secret-in-arg-env "AWS_ACCESS_KEY_ID"
ARG AWS_ACCESS_KEY_ID
FROM debian:12.5
# expect: no-secret-in-arg-env "openai_api_key"
ARG openai_api_key
# expect: no-secret-in-arg-env "my_password"
ENV my_password=abcdefghijklmnopqrstuvwxyz
ENV A=1 \
# expect: no-secret-in-arg-env "GITHUB_TOKEN"
    GITHUB_TOKEN=${GITHUB_TOKEN}
# expect: no-secret-in-arg-env "SECRET"
ONBUILD ARG SECRET
