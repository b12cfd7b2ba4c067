# expect: no-maintainer "MAINTAINER"
MAINTAINER Lukas
FROM debian:12.5
# expect: no-maintainer "MAINTAINER"
MAINTAINER Jane "JD" Doe <jane@example.com>
# expect: no-maintainer "maintainer"
maintainer "Quoted Name"
