#!/usr/bin/env bash
# Prepares this machine for the end-to-end tests (scripts/e2e/run.mjs):
#   1. Debian packages: libkrb5-dev (native module of the VS Code server),
#      ripgrep (seeds @vscode/ripgrep, see 3), chromium (drives the workbench),
#      fonts-noto-cjk (Chinese in screenshots). Skipped when all are installed.
#   2. code-server@4.100.3 (VS Code 1.100.3 server + web workbench) into the
#      git-ignored folder .vscode-test/server/. Skipped when already installed.
#   3. Before 2: pre-seeds @vscode/ripgrep's download cache with Debian's rg,
#      because its postinstall would otherwise download ripgrep from GitHub.
# Idempotent and non-interactive; runs as root on Debian 12 with only the npm
# registry and Debian's packages reachable. Run from anywhere:
#   bash scripts/e2e/setup.sh            (FORCE=1 reinstalls the server)
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
# Fallbacks, used only when they cannot be read from the packages themselves.
FALLBACK_RG_PACKAGE_VERSION="1.15.11"   # @vscode/ripgrep in lib/vscode/npm-shrinkwrap.json
FALLBACK_RG_BINARY_VERSION="v13.0.0-10" # VERSION in @vscode/ripgrep/lib/postinstall.js

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SERVER_DIR="$ROOT/.vscode-test/server"
CS_DIR="$SERVER_DIR/node_modules/code-server"
VSCODE_DIR="$CS_DIR/lib/vscode"
MARKER="$SERVER_DIR/.setup-complete"

log() { printf '[e2e-setup] %s\n' "$*"; }
t0=$(date +%s)

# ---------------------------------------------------------------- 1. apt
APT_PACKAGES=(libkrb5-dev ripgrep chromium fonts-noto-cjk)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  log "apt: ${APT_PACKAGES[*]} already installed, skipping"
else
  if [ "$(id -u)" != 0 ]; then
    log "apt: missing ${missing[*]} and not root: install them yourself (sudo apt-get install -y ${missing[*]})"
    exit 1
  fi
  log "apt: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${APT_PACKAGES[@]}"
fi

# ---------------------------------------------------------------- 2. server
server_ok() {
  [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$CODE_SERVER_VERSION" ] \
    && [ -f "$VSCODE_DIR/out/server-main.js" ] \
    && [ -d "$VSCODE_DIR/node_modules" ] \
    && [ -x "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg" ]
}

if [ -z "${FORCE:-}" ] && server_ok; then
  log "server: code-server@$CODE_SERVER_VERSION already installed in ${SERVER_DIR#$ROOT/}, skipping"
else
  export npm_config_unsafe_perm=true npm_config_yes=true
  export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
  TMP_NODE="$(node -p 'require("os").tmpdir()')"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT

  # -- 3. ripgrep cache (must exist before the server's postinstall runs)
  log "ripgrep: reading versions from code-server@$CODE_SERVER_VERSION (npm pack; the tarball stays in npm's cache for the install)"
  rg_pkg=""
  if (cd "$work" && npm pack --silent "code-server@$CODE_SERVER_VERSION" >/dev/null 2>&1); then
    rg_pkg="$(tar -xzOf "$work/code-server-$CODE_SERVER_VERSION.tgz" package/lib/vscode/npm-shrinkwrap.json \
      | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);const p=(j.packages||{})["node_modules/@vscode/ripgrep"]||(j.dependencies||{})["@vscode/ripgrep"]||{};process.stdout.write(p.version||"")})' || true)"
    rm -f "$work/code-server-$CODE_SERVER_VERSION.tgz"
  fi
  [ -n "$rg_pkg" ] || { rg_pkg="$FALLBACK_RG_PACKAGE_VERSION"; log "ripgrep: could not read the shrinkwrap, assuming @vscode/ripgrep@$rg_pkg"; }
  rg_bin=""
  if (cd "$work" && npm pack --silent "@vscode/ripgrep@$rg_pkg" >/dev/null 2>&1); then
    rg_bin="$(tar -xzOf "$work/vscode-ripgrep-$rg_pkg.tgz" package/lib/postinstall.js 2>/dev/null \
      | sed -n "s/^const VERSION = '\(v[^']*\)'.*/\1/p" | head -n1 || true)"
  fi
  [ -n "$rg_bin" ] || { rg_bin="$FALLBACK_RG_BINARY_VERSION"; log "ripgrep: could not read @vscode/ripgrep's postinstall, assuming $rg_bin"; }
  case "$(uname -m)" in
    x86_64) rg_target=x86_64-unknown-linux-musl ;;
    aarch64|arm64) rg_target=aarch64-unknown-linux-musl ;;
    *) log "ripgrep: unsupported architecture $(uname -m)"; exit 1 ;;
  esac
  cache_dir="$TMP_NODE/vscode-ripgrep-cache-$rg_pkg"
  asset="$cache_dir/ripgrep-$rg_bin-$rg_target.tar.gz"
  if [ -s "$asset" ]; then
    log "ripgrep: cache already seeded: $asset"
  else
    log "ripgrep: seeding $asset with $(command -v rg)"
    mkdir -p "$cache_dir" "$work/rg"
    cp "$(command -v rg)" "$work/rg/rg"
    chmod 755 "$work/rg/rg"
    tar -czf "$asset" -C "$work/rg" rg
  fi

  # -- 2. code-server
  log "server: installing code-server@$CODE_SERVER_VERSION into ${SERVER_DIR#$ROOT/} (≈2 min: builds native modules)"
  if [ -n "${FORCE:-}" ]; then rm -rf "$SERVER_DIR"; fi
  rm -f "$MARKER"
  mkdir -p "$SERVER_DIR"
  cat > "$SERVER_DIR/package.json" <<EOF
{
  "name": "work-report-assistant-e2e-server",
  "private": true,
  "description": "VS Code server for the e2e tests (scripts/e2e/setup.sh); not part of the extension",
  "allowScripts": { "code-server": true, "argon2": false },
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" }
}
EOF
  (cd "$SERVER_DIR" && npm install --loglevel=warn)
  if [ ! -f "$VSCODE_DIR/out/server-main.js" ] || [ ! -x "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg" ]; then
    log "server: install finished but $VSCODE_DIR is incomplete (postinstall did not run?)"
    exit 1
  fi
  printf '%s' "$CODE_SERVER_VERSION" > "$MARKER"
  log "server: installed ($(node -p "require('$VSCODE_DIR/package.json').version") VS Code)"
fi

log "done in $(( $(date +%s) - t0 )) s"
