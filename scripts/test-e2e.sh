#!/usr/bin/env bash
# End-to-end tests: start the e2e stack, run Playwright, always stop the stack; exit with the tests' code.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

rc=0
down() { "$ROOT/scripts/stack.sh" down e2e || true; }
trap 'down; exit 130' INT TERM

if "$ROOT/scripts/stack.sh" up e2e; then
  log "running end-to-end tests (npm run e2e)"
  (cd "$ROOT/frontend" && E2E_BASE_URL=http://localhost:5174 E2E_API_URL=http://localhost:8081 npm run e2e) || rc=$?
  if (( rc != 0 )); then
    for f in backend-e2e frontend-e2e; do
      [[ -f $RUN_DIR/$f.log ]] && { echo "---- last lines of .run/$f.log"; tail -n 40 "$RUN_DIR/$f.log"; }
    done
  fi
else
  rc=$?
  warn "the e2e stack did not start"
fi
trap - INT TERM
down
exit "$rc"
