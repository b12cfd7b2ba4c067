FROM debian:12.5
ARG MODE=755
RUN chmod 755 /app && chmod -R u=rwX,go=rX /srv && chmod 1777 /tmp && chmod a+rwxt /scratch
RUN chmod +w /app/file && chmod 775 /shared && chmod "$MODE" /bin/tool && chmod --reference=/etc/hosts /etc/x
RUN chmod o-w /data && chmod 666 /var/run/docker.sock
ONBUILD RUN chmod 644 /etc/app.conf
RUN <<EOF
chmod g+w /shared
EOF
