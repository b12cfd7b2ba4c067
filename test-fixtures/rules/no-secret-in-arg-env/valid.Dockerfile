ARG foobar
FROM debian:12.5
ENV GPG_KEY=0D96DF4D4110E5C43FBFB17F2D347EF6 PUBLIC_KEY=x TOKEN_URL=https://example.com/token
ENV SECRET_FILE=/run/secrets/db AUTH_TYPE=basic KEYBOARD=us MONKEY=1
ARG NODE_VERSION=22
RUN --mount=type=secret,id=token cat /run/secrets/token
