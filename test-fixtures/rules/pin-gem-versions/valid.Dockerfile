FROM ruby:3.3
ARG GEMS
RUN gem install bundler:2.5.6 && gem install rails -v '7.1.3'
RUN gem install nokogiri --version='1.16.5' && gem install pg --version 1.5.6
RUN gem install nokogiri:1.16.5 -- --use-system-libraries=true
RUN gem install nokogiri:1.16.5 --use-system-libraries true
RUN gem install ./vendor/cache/local-1.0.gem $GEMS
RUN gem update --system && gem list
ONBUILD RUN gem install rake:13.2.1
RUN <<EOF
gem install rack:3.0.11
EOF
