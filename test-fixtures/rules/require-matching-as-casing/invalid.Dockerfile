# expect: require-matching-as-casing "as"
FROM golang:1.23 as build
# expect: require-matching-as-casing "AS"
from alpine:3.20 AS tools
FROM debian:12.5 \
# expect: require-matching-as-casing "As"
    As final
