FROM ruby:3.3
# expect: pin-gem-versions "bundler"
RUN gem install bundler
# expect: pin-gem-versions "nokogiri"
RUN gem i bundler:2.5.6 nokogiri
RUN gem install --no-document \
      rake:13.2.1 \
# expect: pin-gem-versions "rails"
      rails
ONBUILD RUN gem install \
# expect: pin-gem-versions "puma"
    puma
RUN <<EOF
# expect: pin-gem-versions "rubocop"
gem install rubocop
EOF
