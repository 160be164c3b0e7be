#!/usr/bin/env bash
# Install the SPA's npm packages when node_modules is missing or older than package-lock.json.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT/frontend"
[[ -f package-lock.json ]] || die "frontend/package-lock.json is missing"
stamp=node_modules/.package-lock.json
if [[ ! -d node_modules || ! -f $stamp || package-lock.json -nt $stamp || package.json -nt $stamp ]]; then
  log "installing frontend packages (npm ci)"
  npm ci --no-audit --no-fund
  touch "$stamp"
fi
