#!/usr/bin/env bash
# Load the generated demo dataset: scripts/demo-data.sh [SIZE] [DB]
#   SIZE  number of households to generate (default 3000)
#   DB    database (default giamngheo); the schema must exist (start the backend once: Flyway creates it)
# Runs scripts/demo-data.sql with psql -v size=SIZE as the application role, then scripts/demo-review.sql
# (the 2026 periodic review in progress, created once). The entitlements come from the backend's own rule engine: a
# recompute job is queued for the running backend (up to DEMO_RECOMPUTE_WAIT seconds, default 180), then
# scripts/demo-benefits.sql records cards and loans on them for the reconciliation board (once), and
# scripts/demo-monitoring.sql this year's 6-month report period with some units reported, one returned, some missing.
# Environment: DB_HOST, DB_PORT, DB_USER, DB_PASSWORD as for scripts/postgres.sh.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SIZE=${1:-${SIZE:-3000}}
DB=${2:-${DB:-giamngheo}}
SQL="$ROOT/scripts/demo-data.sql"
[[ $SIZE =~ ^[0-9]+$ ]] || die "SIZE must be a number of households, got '$SIZE'"
[[ -f $SQL ]] || die "scripts/demo-data.sql is missing: the demo-data generator ships with the backend schema
       (it is written against the Flyway migrations in backend/src/main/resources/db/migration)"

psql_app() {
  PGPASSWORD=${DB_PASSWORD:-giamngheo} PGOPTIONS="-c client_min_messages=warning" \
    psql -h "${DB_HOST:-127.0.0.1}" -p "${DB_PORT:-5432}" -U "${DB_USER:-giamngheo}" -d "$DB" -v ON_ERROR_STOP=1 "$@"
}

log "loading demo data: $SIZE households into $DB"
t0=$SECONDS
psql_app -v size="$SIZE" -q -f "$SQL" -f "$ROOT/scripts/demo-review.sql"

# entitlements as the backend grants them: a recompute of every household, picked up by its job worker
job=$(psql_app -Atq -c "insert into entitlement_recompute (id, trigger, reference_date, state, requested_at, requested_by)
  values (gen_random_uuid(), 'REQUESTED', (now() at time zone 'Asia/Ho_Chi_Minh')::date, 'QUEUED', now(), 'demo-data') returning id")
log "waiting for the backend to recompute the entitlements (job $job)"
state=QUEUED
for ((i = 0; i < ${DEMO_RECOMPUTE_WAIT:-180}; i++)); do
  state=$(psql_app -Atq -c "select state from entitlement_recompute where id = '$job'")
  [[ $state == DONE || $state == FAILED ]] && break
  sleep 1
done
if [[ $state == DONE ]]; then
  psql_app -q -f "$ROOT/scripts/demo-benefits.sql"
else
  warn "the entitlement recompute is $state (is the backend running?): cards and loans of the demo are not recorded;
       start the backend, wait for job $job to finish, then run: psql -f scripts/demo-benefits.sql"
fi
psql_app -q -f "$ROOT/scripts/demo-monitoring.sql"
ok "demo data loaded into $DB in $((SECONDS - t0))s"
