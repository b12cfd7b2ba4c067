FROM golang:1.22
ARG TOOL
RUN go install golang.org/x/tools/gopls@v0.15.3 && go get example.com/pkg@v1.2.3
RUN go install . ./cmd/... /go/src/app && go run main.go
RUN go run example.com/pkg@v1.2.3 foobar --foo bar
RUN go build -o /app . && go mod download && go install "$TOOL"
ONBUILD RUN go install github.com/e/f@v2.0.0
RUN <<EOF
go install github.com/g/h@v0.1.0
EOF
