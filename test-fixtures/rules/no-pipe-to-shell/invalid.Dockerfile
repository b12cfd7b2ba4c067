FROM debian:12.5
# expect: no-pipe-to-shell "sh"
RUN curl -fsSL https://get.example.com | sh
# expect: no-pipe-to-shell "bash"
RUN wget -qO- https://example.com/install.sh | sudo bash -s -- --yes
# expect: no-pipe-to-shell "sh"
RUN sh -c "$(curl -fsSL https://example.com/install.sh)"
