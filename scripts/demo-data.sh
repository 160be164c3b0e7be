#!/usr/bin/env bash
# Load the generated demo dataset: scripts/demo-data.sh [SIZE] [DB]
#   SIZE  number of households to generate (default 3000)
#   DB    database (default giamngheo); the schema must exist (start the backend once: Flyway creates it)
# Runs scripts/demo-data.sql with psql -v size=SIZE as the application role, then scripts/demo-review.sql
# (the 2022 periodic review in progress, created once) and scripts/demo-monitoring.sql (benefit delivery and the
# current year's 6-month report period with some units reported, one returned, some missing; created once).
# Environment: DB_HOST, DB_PORT, DB_USER, DB_PASSWORD as for scripts/postgres.sh.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SIZE=${1:-${SIZE:-3000}}
DB=${2:-${DB:-giamngheo}}
SQL="$ROOT/scripts/demo-data.sql"
[[ $SIZE =~ ^[0-9]+$ ]] || die "SIZE must be a number of households, got '$SIZE'"
[[ -f $SQL ]] || die "scripts/demo-data.sql is missing: the demo-data generator ships with the backend schema
       (it is written against the Flyway migrations in backend/src/main/resources/db/migration)"

log "loading demo data: $SIZE households into $DB"
t0=$SECONDS
PGPASSWORD=${DB_PASSWORD:-giamngheo} PGOPTIONS="-c client_min_messages=warning" \
  psql -h "${DB_HOST:-127.0.0.1}" -p "${DB_PORT:-5432}" -U "${DB_USER:-giamngheo}" -d "$DB" \
    -v ON_ERROR_STOP=1 -v size="$SIZE" -q -f "$SQL" -f "$ROOT/scripts/demo-review.sql" -f "$ROOT/scripts/demo-monitoring.sql"
ok "demo data loaded into $DB in $((SECONDS - t0))s"
