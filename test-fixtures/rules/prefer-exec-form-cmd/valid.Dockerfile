FROM node:22.11 AS base
CMD ["node", "server.js"]
CMD [ "/bin/sh", "-c", \
      "echo foo && \
       echo bar" \
    ]
HEALTHCHECK CMD [ "curl", "-f", "http://localhost/" ]
HEALTHCHECK NONE
ONBUILD CMD ["child"]

FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win
SHELL ["powershell", "-Command"]
CMD Write-Host hello

FROM win
ENTRYPOINT Start-Service app
