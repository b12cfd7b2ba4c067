FROM node:22.11
# expect: prefer-exec-form-cmd "node server.js"
CMD node server.js
# expect: prefer-exec-form-cmd
ENTRYPOINT my-entry \
    --flag
# expect: prefer-exec-form-cmd "curl -f http://localhost/ || exit 1"
HEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1
# expect: prefer-exec-form-cmd "[python, app.py]"
CMD [python, app.py]
