FROM node:22.11
# expect: no-invalid-onbuild-trigger "ONBUILD"
ONBUILD ONBUILD RUN anything
# expect: no-invalid-onbuild-trigger "FROM"
ONBUILD FROM debian:buster
# expect: no-invalid-onbuild-trigger "maintainer"
onbuild maintainer "BoJack Horseman"
