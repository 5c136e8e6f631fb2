# Shared by scripts/start, scripts/test and scripts/bench: find Node and pnpm, install and build what is missing.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PNPM_VERSION="10.34.9"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

ensure_node() {
  command -v node >/dev/null 2>&1 || die "Node.js 20.19 or newer is needed (https://nodejs.org)."
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
    || die "Node.js 20.19 or newer is needed; this is $(node -v)."
}

# pnpm 10: the one on PATH if it is 10.x, else a copy kept in .tools/ (installed from the npm registry on first use).
ensure_pnpm() {
  if command -v pnpm >/dev/null 2>&1 && [[ "$(pnpm --version 2>/dev/null)" == 10.* ]]; then
    PNPM="pnpm"
  else
    PNPM="$ROOT/.tools/node_modules/.bin/pnpm"
    if [[ ! -x "$PNPM" ]]; then
      say "installing pnpm $PNPM_VERSION into .tools/"
      npm install --prefix "$ROOT/.tools" --no-fund --no-audit --loglevel=error "pnpm@$PNPM_VERSION" >/dev/null \
        || die "could not install pnpm from the npm registry"
    fi
  fi
  export PATH="$(dirname "$(command -v "$PNPM" || echo "$PNPM")"):$PATH"
}

# Installs dependencies when node_modules is missing or older than the lockfile.
ensure_install() {
  local marker="$ROOT/node_modules/.modules.yaml"
  if [[ ! -f "$marker" || "$ROOT/pnpm-lock.yaml" -nt "$marker" ]]; then
    say "installing dependencies"
    (cd "$ROOT" && "$PNPM" install --frozen-lockfile --reporter=append-only) || die "pnpm install failed"
  fi
}

build_all() {
  say "building"
  (cd "$ROOT" && "$PNPM" -r --workspace-concurrency=2 run build) || die "build failed"
}

# Debian's Chromium for browser tests (nothing may download a browser here).
ensure_chromium() {
  if [[ -x /usr/bin/chromium ]]; then return 0; fi
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's chromium for browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 || true
  fi
  [[ -x /usr/bin/chromium ]]
}

# Debian's docker-compose, to validate docker/compose.yaml (no Docker engine is needed for that).
ensure_docker_compose() {
  if command -v docker-compose >/dev/null 2>&1; then return 0; fi
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's docker-compose to validate docker/compose.yaml"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose) >/dev/null 2>&1 || true
  fi
  command -v docker-compose >/dev/null 2>&1
}
