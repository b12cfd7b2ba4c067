FROM node:22.11
# expect: require-dir-dest-for-multiple-sources "/app"
COPY package.json package-lock.json /app
# expect: require-dir-dest-for-multiple-sources "\"baz\""
COPY foo bar "baz"
# expect: require-dir-dest-for-multiple-sources "\"/opt/x\""
COPY ["a b", "c", "/opt/x"]
ONBUILD ADD one two \
# expect: require-dir-dest-for-multiple-sources "/etc/conf"
    /etc/conf
# expect: require-dir-dest-for-multiple-sources "/etc/motd"
COPY <<A <<B /etc/motd
first
A
second
B
