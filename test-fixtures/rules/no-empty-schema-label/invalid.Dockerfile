FROM debian:12.5
# expect: no-empty-schema-label "emptylabel=\"\""
LABEL emptylabel=""
LABEL a=1 \
# expect: no-empty-schema-label "version=''"
      version=''
