FROM alpine:3.20
# expect: no-private-key-copy "id_rsa"
COPY id_rsa /root/.ssh/id_rsa
# expect: no-private-key-copy ".env"
COPY .env /app/.env
# expect: no-private-key-copy "certs/server.key"
ADD --chown=app certs/server.key \
# expect: no-private-key-copy "~/.ssh"
    ~/.ssh /tmp/
# expect: no-private-key-copy "/root/.ssh/id_ed25519"
COPY deploy-material /root/.ssh/id_ed25519
# expect: no-private-key-copy "\"keystore.p12\""
ONBUILD COPY ["keystore.p12", "/etc/app/"]
