FROM golang:1.22
# expect: pin-go-versions "golang.org/x/tools/gopls@latest"
RUN go install golang.org/x/tools/gopls@latest
# expect: pin-go-versions "example.com/pkg"
RUN go get example.com/pkg
# expect: pin-go-versions "example.com/cmd/tool"
RUN go run example.com/cmd/tool --flag value
RUN go install -ldflags "-s -w" \
      github.com/a/b@v1.2.3 \
# expect: pin-go-versions "github.com/c/d"
      github.com/c/d
ONBUILD RUN go install \
# expect: pin-go-versions "github.com/e/f@latest"
    github.com/e/f@latest
RUN <<EOF
# expect: pin-go-versions "github.com/g/h"
go install github.com/g/h
EOF
