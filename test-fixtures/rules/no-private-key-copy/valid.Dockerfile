FROM alpine:3.20
COPY id_rsa.pub /root/.ssh/authorized_keys
COPY .env.example /app/.env.example
COPY certs/ca.pem /usr/local/share/ca-certificates/ca.crt
COPY nodesource-repo.key /etc/apt/keyrings/
COPY . /app
COPY <<EOF /etc/app.env
MODE=prod
EOF
RUN --mount=type=ssh git clone git@github.com:org/private.git /src
