#!/usr/bin/env bash
# Import benchmark (make bench-import): IMPORT_SIZE households with their members as NDJSON imported through the API,
# against PostgreSQL COPY of the same rows into the same tables, in the same run.
#   1. fresh database giamngheo_bench_import (unaccent, pg_trgm); Keycloak on :8180
#   2. the backend jar on :8092 against it (built when missing or older than its sources), -Xmx$IMPORT_XMX
#   3. bench/import-data.py writes the households three ways from the same rows: NDJSON for the API, COPY text for
#      household and household_member
#   4. COPY: both files into the empty tables (indexes, constraints and the member triggers that fill the name
#      terms all in place, as for the import), timed; then the tables are emptied again (TRUNCATE) and vacuumed
#   5. API: a token of the importer client by client credentials, the file uploaded with curl -T (streamed) to
#      POST /api/v1/imports?mode=COMMIT&policy=VALID_ROWS_ONLY, the job polled every second until DONE; backend heap
#      sampled with jstat during the import
#   6. the rows in the tables counted after each; an "Import" section in bench/RESULTS.md between <!-- import -->
#      markers (replaced on each run, the interpretation between <!-- import-interpretation --> markers kept)
# Keycloak's port 8180 is shared with the end-to-end tests: the run holds /tmp/giamngheo-e2e.lock, and a Keycloak it had
# to start is stopped at the end.
# Environment:
#   IMPORT_SIZE (1000000)               households
#   IMPORT_DB (giamngheo_bench_import)  database, dropped and recreated
#   IMPORT_PORT (8092), IMPORT_XMX (512m)
#   IMPORT_RESULTS (bench/RESULTS.md), BENCH_JAVA (java)
#   DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, DB_ADMIN_URL as for scripts/postgres.sh
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
source "$BENCH_DIR/../scripts/lib.sh"   # ROOT, RUN_DIR, log/ok/warn/die, start_bg, stop_pid, wait_http, port_busy
source "$BENCH_DIR/backend.sh"          # database helpers, build_backend_if_needed, start_bench_backend, spa_login

IMPORT_SIZE=${IMPORT_SIZE:-1000000}
IMPORT_DB=${IMPORT_DB:-giamngheo_bench_import}
BENCH_DATABASE=$IMPORT_DB                  # the database the helpers of bench/backend.sh use
IMPORT_PORT=${IMPORT_PORT:-8092}
IMPORT_XMX=${IMPORT_XMX:-512m}
IMPORT_RESULTS=${IMPORT_RESULTS:-$BENCH_DIR/RESULTS.md}
PIDFILE="$RUN_DIR/backend-bench-import.pid"
LOGFILE="$RUN_DIR/backend-bench-import.log"
WORK="$RUN_DIR/bench-import"
API="http://127.0.0.1:$IMPORT_PORT"
COMMAND="make bench-import   # = bench/import.sh; IMPORT_SIZE=$IMPORT_SIZE IMPORT_XMX=$IMPORT_XMX"

[[ $IMPORT_SIZE =~ ^[0-9]+$ ]] && (( IMPORT_SIZE > 0 )) || die "IMPORT_SIZE must be a positive number, got '$IMPORT_SIZE'"
check_bench_database IMPORT_DB
for tool in psql curl jq jstat python3; do command -v $tool >/dev/null || die "$tool is needed"; done
mkdir -p "$WORK/uploads"

STARTED_BACKEND=0
JSTAT_PID=
STARTED_KEYCLOAK=0
stop_backend() {
  [[ -n $JSTAT_PID ]] && kill "$JSTAT_PID" 2>/dev/null; JSTAT_PID=
  (( STARTED_BACKEND )) && stop_pid "$PIDFILE" "backend (bench-import)" quarkus-run; STARTED_BACKEND=0
}
stop_all() {
  stop_backend
  (( STARTED_KEYCLOAK )) && "$ROOT/scripts/keycloak.sh" stop; STARTED_KEYCLOAK=0
}
trap 'stop_all' EXIT
trap 'exit 130' INT TERM

start_backend() {
  GIAMNGHEO_IMPORTS_STORAGE_DIR="$WORK/uploads" start_bench_backend "backend (bench-import)" IMPORT_PORT "$IMPORT_DB" "$IMPORT_XMX"
}

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
counts() { app_psql -c "select (select count(*) from household) || ' ' || (select count(*) from household_member)"; }

declare -A M=()

copy_round() {
  log "COPY of the same rows into household and household_member"
  local t0; t0=$(now)
  app_psql -c "\\copy household (id, code, commune_code, hamlet_code, address, phone, monthly_income_per_capita_vnd, floor_area_m2,
      wall_material, column_material, roof_material, water_source, latrine_type, uses_telecom, hears_loudspeaker, devices, head_name,
      member_count, created_at, created_by, updated_at, updated_by, version) from '$WORK/household.copy'" \
    -c "\\copy household_member (id, person_id, household_id, full_name, date_of_birth, sex, relationship, citizen_id, ethnicity,
      disability, school_attendance, education_level, employment, labour_contract, hi_card_number, hi_card_expiry, joined_on,
      join_reason, active) from '$WORK/household_member.copy'"
  M[copy]=$(secs "$t0" "$(now)")
  M[copy_counts]=$(counts)
  ok "COPY: ${M[copy]} s (${M[copy_counts]} households and members)"
  app_psql -c 'truncate household_member, household cascade' -c 'vacuum analyze household' -c 'vacuum analyze household_member'
}

api_round() {
  local pid t0 t1 headers body id state job
  pid=$(<"$PIDFILE")
  jstat -gc "$pid" 500 >"$WORK/jstat.txt" 2>/dev/null & JSTAT_PID=$!
  headers="$WORK/post.headers"
  log "POST /api/v1/imports (mode COMMIT, $(du -h "$WORK/households.ndjson" | cut -f1) streamed), then GET every second until DONE"
  t0=$(now)
  body=$(curl -fsS --max-time 3600 -D "$headers" -X POST -T "$WORK/households.ndjson" -H "Authorization: Bearer $(importer_token)" \
           -H 'Content-Type: application/x-ndjson' -H "Idempotency-Key: bench-$(date +%s)" \
           "$API/api/v1/imports?mode=COMMIT&policy=VALID_ROWS_ONLY&fileName=households.ndjson") || die "POST /api/v1/imports failed"
  M[uploaded]=$(secs "$t0" "$(now)")
  id=$(jq -r .id <<<"$body")
  while :; do
    job=$(curl -fsS --max-time 10 -H "Authorization: Bearer $(importer_token)" "$API/api/v1/imports/$id") || die "GET import $id failed"
    state=$(jq -r .state <<<"$job")
    [[ $state == DONE || $state == FAILED || $state == REJECTED || $state == CANCELLED ]] && break
    sleep 1
  done
  t1=$(now)
  M[load]=$(cut -d' ' -f1 /proc/loadavg)
  kill "$JSTAT_PID" 2>/dev/null; wait "$JSTAT_PID" 2>/dev/null || true; JSTAT_PID=
  echo "$job" >"$WORK/job.json"
  [[ $state == DONE ]] || die "import $id ended $state: $(jq -r .error <<<"$job")"
  M[id]=$id
  M[wall]=$(secs "$t0" "$t1")
  M[server]=$(jq -r 'def t: (sub("\\.[0-9]+"; "") | fromdate) + ((capture("\\.(?<f>[0-9]+)") | ("0." + .f | tonumber)) // 0);
                     (.finishedAt | t) - (.startedAt | t) | . * 10 | round / 10' <<<"$job")
  M[api_counts]=$(counts)
  M[heap_peak]=$(awk '$1 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > max) max = u } END { printf "%.0f", max / 1024 }' "$WORK/jstat.txt")
  M[gc]=$(awk '$1 ~ /^[0-9.]+$/ { if (!seen) { y0 = $13; f0 = $15; t0 = $19; seen = 1 } y = $13; f = $15; t = $19 }
               END { printf "%d young, %d full, %.0f ms", y - y0, f - f0, (t - t0) * 1000 }' "$WORK/jstat.txt")
  ok "API: ${M[wall]} s (upload ${M[uploaded]} s, job ${M[server]} s), ${M[api_counts]} rows; heap peak ${M[heap_peak]} MB"
}

section() {
  local cpu mem commit dirty pg jv rows copy_rate api_rate pct
  cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
  mem=$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
  commit=$(git -C "$ROOT" rev-parse --short HEAD)
  dirty=$(git -C "$ROOT" status --porcelain -- backend scripts bench | wc -l)
  pg=$(app_psql -c "select current_setting('server_version') || ', shared_buffers ' || current_setting('shared_buffers')")
  jv=$("${BENCH_JAVA:-java}" -version 2>&1 | head -n 1)
  rows=$(awk '{ print $1 + $2 }' <<<"${M[copy_counts]}")
  copy_rate=$(rate "$rows" "${M[copy]}")
  api_rate=$(rate "$rows" "${M[wall]}")
  pct=$(awk -v a="$api_rate" -v c="$copy_rate" 'BEGIN { printf "%.0f", 100 * a / c }')
  echo "<!-- import -->"
  echo "## Import"
  echo
  echo "Generated by \`bench/import.sh\`; only the interpretation is written by hand."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit \`$commit\`$( (( dirty )) && echo " ($dirty uncommitted changes under backend/, scripts/ and bench/ at run time)")"
  echo "- Machine: $(nproc) cores ($cpu), $mem memory; shared with other work, so absolute figures are noisy — compare rows of the same run"
  echo "- Backend: Quarkus jar, $jv, -Xmx$IMPORT_XMX, port $IMPORT_PORT, database \`$IMPORT_DB\`; PostgreSQL $pg; all on this machine"
  echo "- Command: \`$COMMAND\`"
  echo "- Dataset: $IMPORT_SIZE households with ${M[members]} members (bench/import-data.py), $(du -h "$WORK/households.ndjson" | cut -f1) of NDJSON; every record valid"
  echo "- COPY: \`\\copy household … from household.copy\` and \`\\copy household_member … from household_member.copy\` (the same rows, as COPY text) into the empty tables with their indexes and triggers; then TRUNCATE and VACUUM ANALYZE before the import"
  echo "- API: token of the \`importer\` client by client credentials; \`curl -T households.ndjson -X POST /api/v1/imports?mode=COMMIT&policy=VALID_ROWS_ONLY\` (streamed), then \`GET\` of the job every second until DONE. Wall = start of the upload to DONE seen by the client; job = startedAt to finishedAt of the job (every record checked and written in one pass, chunks of 1000)"
  echo "- Rows = households + members; heap: jstat -gc every 500 ms during the import (peak of young + old); load: 1-minute load average at the end (2 cores: above 2 means other work competed)"
  echo
  echo "| Way | Seconds | Rows | Rows/s | Households/s | Heap peak MB | GC | Load |"
  echo "|---|--:|--:|--:|--:|--:|---|--:|"
  echo "| COPY | ${M[copy]} | $rows | $copy_rate | $(rate "$IMPORT_SIZE" "${M[copy]}") | | | |"
  echo "| API import (upload ${M[uploaded]} s, job ${M[server]} s) | ${M[wall]} | $(awk '{ print $1 + $2 }' <<<"${M[api_counts]}") | $api_rate | $(rate "$IMPORT_SIZE" "${M[wall]}") | ${M[heap_peak]} | ${M[gc]} | ${M[load]} |"
  echo
  echo "API import at **$pct %** of COPY's rows per second (target ≥ 50 %); wall ${M[wall]} s (target < 300 s for 1M households); heap peak ${M[heap_peak]} MB (target < 512 MB)."
  echo
  echo "### Interpretation"
  echo
  if [[ -f $IMPORT_RESULTS ]] && grep -q '<!-- import-interpretation -->' "$IMPORT_RESULTS"; then
    sed -n '/<!-- import-interpretation -->/,/<!-- \/import-interpretation -->/p' "$IMPORT_RESULTS"
  else
    printf '<!-- import-interpretation -->\n_(to be written from the figures above)_\n<!-- /import-interpretation -->\n'
  fi
  echo "<!-- /import -->"
}

write_results() {
  local new="$WORK/section.md" tmp="$WORK/results.tmp"
  section >"$new"
  if [[ -f $IMPORT_RESULTS ]] && grep -q '^<!-- import -->$' "$IMPORT_RESULTS"; then
    awk -v f="$new" '$0 == "<!-- import -->" { while ((getline l < f) > 0) print l; skip = 1; next }
                     $0 == "<!-- /import -->" { skip = 0; next } !skip' "$IMPORT_RESULTS" >"$tmp"
    mv "$tmp" "$IMPORT_RESULTS"
  else
    { [[ -s $IMPORT_RESULTS ]] && echo; cat "$new"; } >>"$IMPORT_RESULTS"
  fi
}

main() {
  local t0=$SECONDS
  "$ROOT/scripts/postgres.sh" ensure
  fresh_database
  # Keycloak's port is shared with the end-to-end tests: hold their lock for the run, and stop a Keycloak started here
  exec 9>/tmp/giamngheo-e2e.lock
  log "waiting for /tmp/giamngheo-e2e.lock (Keycloak :8180 is shared with the end-to-end tests)"
  flock 9
  curl -fsS -o /dev/null --max-time 5 http://localhost:8180/realms/giamngheo || STARTED_KEYCLOAK=1
  "$ROOT/scripts/keycloak.sh" ensure
  build_backend_if_needed
  start_backend   # Flyway creates the schema and the areas
  app_psql -c "select code, parent_code from area where level = 'HAMLET' order by code" -F $'\t' >"$WORK/hamlets.tsv"
  [[ -s $WORK/hamlets.tsv ]] || die "no hamlets in $IMPORT_DB"
  # the files of an earlier run with the same size and hamlets are the same rows (the generator is seeded): reused
  local dataset; dataset="$IMPORT_SIZE $(md5sum <"$WORK/hamlets.tsv" | cut -d' ' -f1) $(md5sum <"$BENCH_DIR/import-data.py" | cut -d' ' -f1)"
  if [[ -f $WORK/dataset.txt && $(head -n 1 "$WORK/dataset.txt") == "$dataset" && -f $WORK/households.ndjson ]]; then
    M[members]=$(sed -n 2p "$WORK/dataset.txt")
    ok "reusing the $IMPORT_SIZE households written by an earlier run (.run/bench-import/)"
  else
    log "writing $IMPORT_SIZE households as NDJSON and COPY text (bench/import-data.py)"
    rm -f "$WORK/dataset.txt"
    M[members]=$(python3 "$BENCH_DIR/import-data.py" "$IMPORT_SIZE" "$WORK/hamlets.tsv" "$WORK")
    printf '%s\n%s\n' "$dataset" "${M[members]}" >"$WORK/dataset.txt"
  fi
  copy_round
  api_round
  [[ ${M[api_counts]} == "${M[copy_counts]}" ]] || die "the import wrote ${M[api_counts]} rows, COPY ${M[copy_counts]}"
  stop_backend
  write_results
  echo
  sed -n '/^| Way/,/^$/p' "$WORK/section.md"
  ok "results in ${IMPORT_RESULTS#"$ROOT"/} (job and jstat samples in .run/bench-import/), $((SECONDS - t0))s in all"
}

main "$@"
