FROM debian:12.5
# expect: prefer-numeric-user "app"
USER app
# expect: prefer-numeric-user "foobar:barfoo"
USER foobar:barfoo
# expect: prefer-numeric-user "10001:app"
ONBUILD USER 10001:app
