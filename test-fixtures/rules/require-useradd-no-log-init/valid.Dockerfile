FROM debian:12.5
ARG UID=123456
RUN useradd luser
RUN useradd -u 12345 luser
RUN useradd -l -u 123456 luser
RUN useradd --no-log-init --uid 123456 luser
RUN useradd -u "$UID" luser
