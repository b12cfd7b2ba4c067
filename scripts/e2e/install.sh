#!/usr/bin/env bash
# Installs what the editor e2e suites need, reusing whatever is already there:
#   - Debian: chromium (driven by playwright-core), neovim (second LSP client), and the headers code-server's
#     native modules build against (libkrb5-dev, build-essential, pkg-config).
#   - code-server (real VS Code served to a browser) into a cache OUTSIDE the repo, because it is ~300 MB and
#     takes minutes to build. 4.100.3 is the newest on npm that runs on Node 20.
# Prints the cache directory's code-server binary path on the last line of stdout.
# Env: BOXLINT_E2E_CACHE (default ~/.cache/boxlint-e2e), CODE_SERVER_VERSION (default 4.100.3).
set -euo pipefail
CACHE=${BOXLINT_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/boxlint-e2e}
CS_VERSION=${CODE_SERVER_VERSION:-4.100.3}
CS_DIR=$CACHE/code-server-$CS_VERSION
CS_BIN=$CS_DIR/node_modules/.bin/code-server
T0=$(date +%s)
log() { echo "[e2e install +$(( $(date +%s) - T0 ))s] $*" >&2; }

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v nvim >/dev/null || missing+=(neovim)
if [ ! -x "$CS_BIN" ]; then
  for p in libkrb5-dev build-essential pkg-config python3; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
fi
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  log "apt packages installed"
fi

if [ ! -x "$CS_BIN" ]; then
  log "installing code-server $CS_VERSION into $CS_DIR"
  STAGE=$CACHE/.staging-$$
  rm -rf "$STAGE" && mkdir -p "$STAGE/cs" "$STAGE/tmp" "$STAGE/rg"
  trap 'rm -rf "$STAGE"' EXIT
  # Workaround 1: @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable). It first looks in
  # $TMPDIR/vscode-ripgrep-cache-<its version>/<asset>; seed that with the rg that npm's
  # @vscode/ripgrep-linux-x64 package ships.
  (cd "$STAGE/tmp" && npm pack -q "code-server@$CS_VERSION" >/dev/null)
  RG_VERSION=$(tar xzOf "$STAGE/tmp/code-server-$CS_VERSION.tgz" package/lib/vscode/npm-shrinkwrap.json |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages["node_modules/@vscode/ripgrep"].version))')
  (cd "$STAGE/rg" && npm pack -q @vscode/ripgrep-linux-x64@1.18.0 >/dev/null && tar xzf vscode-ripgrep-linux-x64-1.18.0.tgz)
  mkdir -p "$STAGE/tmp/vscode-ripgrep-cache-$RG_VERSION"
  tar czf "$STAGE/tmp/vscode-ripgrep-cache-$RG_VERSION/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" \
    -C "$STAGE/rg/package/bin" rg
  # Workaround 2: npm_config_yes=true, because node-pty's postinstall runs `npx node-gyp`.
  # Workaround 3: npm_config_nodedir=/usr builds against this machine's Node headers instead of downloading
  # them; --unsafe-perm lets code-server's postinstall run as root.
  (cd "$STAGE/cs" && echo '{"private":true}' > package.json &&
    TMPDIR=$STAGE/tmp npm_config_nodedir=/usr npm_config_yes=true \
      npm install --no-fund --no-audit --unsafe-perm "code-server@$CS_VERSION" >"$STAGE/npm.log" 2>&1) ||
    { tail -40 "$STAGE/npm.log" >&2; exit 1; }
  # Publish atomically: a half-built install is never mistaken for a cached one.
  rm -rf "$CS_DIR" && mv "$STAGE/cs" "$CS_DIR"
  log "code-server $CS_VERSION installed ($(du -sh "$CS_DIR" | cut -f1))"
else
  log "code-server $CS_VERSION cached in $CS_DIR"
fi
echo "$CS_BIN"
