FROM debian:12.5
# expect: no-add-over-http "http://example.com/tool.tar.gz"
ADD http://example.com/tool.tar.gz /opt/
# expect: no-add-over-http "\"http://file.com\""
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2015d0da2ba1ad5f "http://file.com" /x
ADD a \
# expect: no-add-over-http "HTTP://EXAMPLE.COM/Y"
    HTTP://EXAMPLE.COM/Y /y/
