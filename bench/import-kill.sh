#!/usr/bin/env bash
# Kill and restart during an import (make bench-import-kill): the NDJSON of the import benchmark (make bench-import
# writes it to .run/bench-import/) imported through the API into a fresh database; the backend is killed with kill -9
# once KILL_AT of the records are written, started again, and the job must end DONE with exactly the file's households
# and members, no citizen id and no household code twice. Prints what it saw; exits non-zero when a check fails.
# Environment:
#   KILL_SIZE (all of the file)   households taken from the start of the file
#   KILL_AT (0.4)                 the share of records written when the backend is killed
#   KILL_DB (giamngheo_bench_kill), KILL_PORT (8097)
#   DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, DB_ADMIN_URL as for scripts/postgres.sh
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
source "$BENCH_DIR/../scripts/lib.sh"   # ROOT, RUN_DIR, log/ok/warn/die, start_bg, stop_pid, wait_http, port_busy
source "$BENCH_DIR/backend.sh"          # database helpers, build_backend_if_needed, start_bench_backend

KILL_DB=${KILL_DB:-giamngheo_bench_kill}
BENCH_DATABASE=$KILL_DB
KILL_PORT=${KILL_PORT:-8097}
KILL_AT=${KILL_AT:-0.4}
PIDFILE="$RUN_DIR/backend-bench-kill.pid"
LOGFILE="$RUN_DIR/backend-bench-kill.log"
WORK="$RUN_DIR/bench-kill"
SOURCE="$RUN_DIR/bench-import/households.ndjson"
API="http://127.0.0.1:$KILL_PORT"

check_bench_database KILL_DB
[[ -s $SOURCE ]] || die "no $SOURCE: run make bench-import first (it writes the file)"
for tool in psql curl jq python3; do command -v $tool >/dev/null || die "$tool is needed"; done
rm -rf "$WORK"; mkdir -p "$WORK/uploads"

STARTED_KEYCLOAK=0
stop_all() {
  stop_pid "$PIDFILE" "backend (bench-kill)" quarkus-run
  (( STARTED_KEYCLOAK )) && "$ROOT/scripts/keycloak.sh" stop; STARTED_KEYCLOAK=0
}
trap 'stop_all' EXIT
trap 'exit 130' INT TERM

if [[ -n ${KILL_SIZE:-} ]]; then head -n "$KILL_SIZE" "$SOURCE" >"$WORK/households.ndjson"; else ln -s "$SOURCE" "$WORK/households.ndjson"; fi
read -r households members < <(python3 -c '
import json, sys
h = m = 0
for line in open(sys.argv[1], encoding="utf-8"):
    h += 1; m += len(json.loads(line)["members"])
print(h, m)' "$WORK/households.ndjson")
log "file: $households households, $members members; kill at $KILL_AT of them written"

exec 9>/tmp/giamngheo-e2e.lock   # Keycloak's port is shared with the end-to-end tests
flock 9
curl -fsS -o /dev/null --max-time 5 http://localhost:8180/realms/giamngheo || STARTED_KEYCLOAK=1
"$ROOT/scripts/keycloak.sh" ensure
build_backend_if_needed
fresh_database
start() {   # a stale heartbeat after 15 s instead of 2 minutes, so the take-over comes soon after the restart
  GIAMNGHEO_IMPORTS_STORAGE_DIR="$WORK/uploads" GIAMNGHEO_IMPORTS_STALE_AFTER=15S \
    start_bench_backend "backend (bench-kill)" KILL_PORT "$KILL_DB" 512m
}
start
job=$(curl -fsS -H "Authorization: Bearer $(importer_token)" -H 'Content-Type: application/x-ndjson' -T "$WORK/households.ndjson" \
        -X POST "$API/api/v1/imports?mode=COMMIT&policy=VALID_ROWS_ONLY" | jq -r .id)
threshold=$(awk -v n="$households" -v a="$KILL_AT" 'BEGIN { printf "%d", n * a }')
while true; do
  written=$(curl -fsS -H "Authorization: Bearer $(importer_token)" "$API/api/v1/imports/$job" | jq -r .recordsWritten)
  (( written >= threshold )) && break
  sleep 1
done
kill -9 "$(cat "$PIDFILE")"
sleep 1
rows() { app_psql -c "select (select count(*) from household) || ' households, ' || (select count(*) from household_member) || ' members'"; }
ok "killed with $written records written; the tables hold $(rows); job (state, cursor, written): $(app_psql -c "select state, cursor_record, records_written from import_job")"
t0=$(date +%s)
start
while true; do
  state=$(curl -fsS -H "Authorization: Bearer $(importer_token)" "$API/api/v1/imports/$job" | jq -r .state)
  [[ $state == DONE || $state == FAILED ]] && break
  sleep 1
done
ok "after the restart: $state in $(( $(date +%s) - t0 )) s; job (state, cursor, written, attempts): $(app_psql -c "select state, cursor_record, records_written, attempts from import_job")"
got=$(rows)
twice=$(app_psql -c "select (select count(*) from (select citizen_id from household_member group by citizen_id having count(*) > 1) c)
                     + (select count(*) from (select code from household group by code having count(*) > 1) d)")
ok "the tables hold $got (the file: $households households, $members members); citizen ids or codes twice: $twice"
[[ $state == DONE && $got == "$households households, $members members" && $twice == 0 ]] || die "the import did not end with exactly the file's rows"
ok "exactly the file's rows, once each"
