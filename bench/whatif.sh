#!/usr/bin/env bash
# What-if re-classification benchmark (make bench-whatif): the whole registry re-classified through the API,
# against a plain SQL scan of the same rows.
#   1. fresh database giamngheo_bench_whatif (unaccent, pg_trgm); Keycloak on :8180
#   2. the backend jar on :8083 against it (built when missing or older than its sources), -Xmx$WHATIF_XMX
#   3. WHATIF_SIZE synthetic households with the 2021 frozen statuses (scripts/demo-data.sh; ~6 min for 1M on an idle
#      machine), then VACUUM ANALYZE
#   4. a token of the district officer huyen.lan, obtained like the SPA does (authorization code + PKCE through the
#      login form of giamngheo-spa): review:consolidate belongs to district officers, no service account has it, and
#      the SPA client allows no password grant, so the realm stays as it is
#   5. WHATIF_REPEAT rounds of: a plain scan of the rows a run reads (COPY of households joined with their current
#      members to /dev/null), the same scan in key order, then a what-if run requested through the API and polled
#      until DONE; backend heap sampled with jstat during the run
#   6. a "What-if re-classification" section in bench/RESULTS.md between <!-- whatif --> markers (replaced on each
#      run, the interpretation between <!-- whatif-interpretation --> markers kept; bench/run.sh keeps the section)
# Environment:
#   WHATIF_SIZE (1000000)                 households to seed
#   WHATIF_DB (giamngheo_bench_whatif)    database, dropped and recreated
#   WHATIF_KEEP_DB (0)                    1: keep the database when it already holds WHATIF_SIZE households (no re-seed)
#   WHATIF_PORT (8083), WHATIF_XMX (1g, as bench/run.sh), WHATIF_REPEAT (2)
#   WHATIF_STANDARD (ND351_2025), WHATIF_DATE (2026-10-01)   what the runs classify with
#   WHATIF_RESULTS (bench/RESULTS.md), BENCH_JAVA (java)
#   DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, DB_ADMIN_URL as for scripts/postgres.sh
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
source "$BENCH_DIR/../scripts/lib.sh"   # ROOT, RUN_DIR, log/ok/warn/die, start_bg, stop_pid, wait_http, port_busy
source "$BENCH_DIR/backend.sh"          # database helpers, build_backend_if_needed, start_bench_backend, spa_login

WHATIF_SIZE=${WHATIF_SIZE:-1000000}
WHATIF_DB=${WHATIF_DB:-giamngheo_bench_whatif}
BENCH_DATABASE=$WHATIF_DB                  # the database the helpers of bench/backend.sh use
WHATIF_KEEP_DB=${WHATIF_KEEP_DB:-0}
WHATIF_PORT=${WHATIF_PORT:-8083}
WHATIF_XMX=${WHATIF_XMX:-1g}
WHATIF_REPEAT=${WHATIF_REPEAT:-2}
WHATIF_STANDARD=${WHATIF_STANDARD:-ND351_2025}
WHATIF_DATE=${WHATIF_DATE:-2026-10-01}
WHATIF_RESULTS=${WHATIF_RESULTS:-$BENCH_DIR/RESULTS.md}
KC_USER=huyen.lan
PIDFILE="$RUN_DIR/backend-bench-whatif.pid"
LOGFILE="$RUN_DIR/backend-bench-whatif.log"
WORK="$RUN_DIR/bench-whatif"
API="http://127.0.0.1:$WHATIF_PORT"
COMMAND="make bench-whatif   # = bench/whatif.sh; WHATIF_SIZE=$WHATIF_SIZE WHATIF_KEEP_DB=$WHATIF_KEEP_DB WHATIF_XMX=$WHATIF_XMX WHATIF_REPEAT=$WHATIF_REPEAT WHATIF_STANDARD=$WHATIF_STANDARD WHATIF_DATE=$WHATIF_DATE"

[[ $WHATIF_SIZE =~ ^[0-9]+$ ]] && (( WHATIF_SIZE > 0 )) || die "WHATIF_SIZE must be a positive number, got '$WHATIF_SIZE'"
[[ $WHATIF_REPEAT =~ ^[0-9]+$ ]] && (( WHATIF_REPEAT > 0 )) || die "WHATIF_REPEAT must be a positive number"
check_bench_database WHATIF_DB
for tool in psql curl jq openssl jstat; do command -v $tool >/dev/null || die "$tool is needed"; done
mkdir -p "$WORK"

# ---------------------------------------------------------------- backend
STARTED_BACKEND=0
JSTAT_PID=
stop_backend() {
  [[ -n $JSTAT_PID ]] && kill "$JSTAT_PID" 2>/dev/null; JSTAT_PID=
  (( STARTED_BACKEND )) && stop_pid "$PIDFILE" "backend (bench-whatif)" quarkus-run; STARTED_BACKEND=0
}
trap 'stop_backend' EXIT
trap 'exit 130' INT TERM

start_backend() { start_bench_backend "backend (bench-whatif)" WHATIF_PORT "$WHATIF_DB" "$WHATIF_XMX"; }

TOKEN=
login() { TOKEN=$(spa_login "$KC_USER"); }

# ---------------------------------------------------------------- measurements
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# the rows a run reads: registered households and their current members, the columns the indicators look at
SCAN_FROM="from household h join household_member m on m.household_id = h.id and m.left_on is null where h.archived_at is null"
SCAN_COLUMNS="h.id, h.code, h.commune_code, h.hamlet_code, h.monthly_income_per_capita_vnd, h.floor_area_m2, h.wall_material,
 h.column_material, h.roof_material, h.water_source, h.latrine_type, h.uses_telecom, h.hears_loudspeaker, h.devices,
 m.date_of_birth, m.sex, m.employment, m.labour_contract, m.disability, m.school_attendance, m.education_level,
 m.hi_card_number, m.hi_card_expiry"
SCAN_SQL="copy (select $SCAN_COLUMNS $SCAN_FROM) to stdout"
SCAN_ORDERED_SQL="copy (select $SCAN_COLUMNS $SCAN_FROM order by h.id) to stdout"

scan() {  # scan SQL -> seconds
  local t0; t0=$(now)
  app_psql -c "$1" >/dev/null
  secs "$t0" "$(now)"
}

declare -A M=()   # M[round,key]
what_if_round() {  # what_if_round N
  local n=$1 pid t0 t1 headers body location id state run
  pid=$(<"$PIDFILE")
  login
  jstat -gc "$pid" 250 >"$WORK/jstat-$n.txt" 2>/dev/null & JSTAT_PID=$!
  headers="$WORK/post-$n.headers"
  t0=$(now)
  body=$(curl -fsS --max-time 30 -D "$headers" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
           -d "{\"standardCode\": \"$WHATIF_STANDARD\", \"referenceDate\": \"$WHATIF_DATE\"}" "$API/api/v1/what-if-runs") \
    || die "POST /api/v1/what-if-runs failed"
  grep -q '^HTTP/[0-9.]* 202' "$headers" || die "POST /api/v1/what-if-runs did not answer 202: $body"
  location=$(tr -d '\r' <"$headers" | sed -n 's/^[Ll]ocation: //p')
  id=$(jq -r .id <<<"$body")
  while :; do
    run=$(curl -fsS --max-time 10 -H "Authorization: Bearer $TOKEN" "$location") || die "GET $location failed"
    state=$(jq -r .state <<<"$run")
    [[ $state == DONE || $state == FAILED ]] && break
    sleep 0.2
  done
  t1=$(now)
  M[$n,load]=$(cut -d' ' -f1 /proc/loadavg)
  kill "$JSTAT_PID" 2>/dev/null; wait "$JSTAT_PID" 2>/dev/null || true; JSTAT_PID=
  [[ $state == DONE ]] || die "run $id failed: $(jq -r .error <<<"$run")"
  echo "$run" >"$WORK/run-$n.json"
  M[$n,id]=$id
  M[$n,wall]=$(secs "$t0" "$t1")
  M[$n,server]=$(jq -r 'def t: (sub("\\.[0-9]+"; "") | fromdate) + ((capture("\\.(?<f>[0-9]+)") | ("0." + .f | tonumber)) // 0);
                        (.finishedAt | t) - (.startedAt | t) | . * 10 | round / 10' <<<"$run")
  M[$n,processed]=$(jq -r .householdsProcessed <<<"$run")
  M[$n,changed]=$(jq -r .totals.changed <<<"$run")
  (( M[$n,processed] == HOUSEHOLDS )) || die "run $id processed ${M[$n,processed]} of $HOUSEHOLDS households"
  # jstat -gc columns (KB, counts, seconds): S0U 3, S1U 4, EU 6, OU 8, YGC 13, FGC 15, GCT 19
  M[$n,heap_peak]=$(awk '$1 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > max) max = u } END { printf "%.0f", max / 1024 }' "$WORK/jstat-$n.txt")
  M[$n,old_after]=$(awk '$1 ~ /^[0-9.]+$/ { o = $8 } END { printf "%.0f", o / 1024 }' "$WORK/jstat-$n.txt")
  M[$n,gc]=$(awk '$1 ~ /^[0-9.]+$/ { if (!seen) { y0 = $13; f0 = $15; t0 = $19; seen = 1 } y = $13; f = $15; t = $19 }
                  END { printf "%d young, %d full, %.0f ms", y - y0, f - f0, (t - t0) * 1000 }' "$WORK/jstat-$n.txt")
  ok "round $n: what-if ${M[$n,wall]} s (server ${M[$n,server]} s), ${M[$n,changed]} changed; scan ${M[$n,scan]} s, key-order scan ${M[$n,scan_ordered]} s; heap peak ${M[$n,heap_peak]} MB; load ${M[$n,load]}"
}

# ---------------------------------------------------------------- report
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

section() {
  local cpu mem commit dirty pg jv n best=
  cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
  mem=$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
  commit=$(git -C "$ROOT" rev-parse --short HEAD)
  dirty=$(git -C "$ROOT" status --porcelain -- backend scripts | wc -l)
  pg=$(app_psql -c "select current_setting('server_version') || ', shared_buffers ' || current_setting('shared_buffers') || ', work_mem ' || current_setting('work_mem')")
  jv=$("${BENCH_JAVA:-java}" -version 2>&1 | head -n 1)
  echo "<!-- whatif -->"
  echo "## What-if re-classification"
  echo
  echo "Generated by \`bench/whatif.sh\`; only the interpretation is written by hand."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit \`$commit\`$( (( dirty )) && echo " ($dirty uncommitted changes under backend/ and scripts/ at run time)")"
  echo "- Machine: $(nproc) cores ($cpu), $mem memory; shared with other work, so absolute figures are noisy — compare rows of the same run"
  echo "- Backend: Quarkus jar, $jv, -Xmx$WHATIF_XMX, port $WHATIF_PORT, database \`$WHATIF_DB\`; PostgreSQL $pg; all on this machine"
  echo "- Command: \`$COMMAND\`"
  echo "- Dataset: $HOUSEHOLDS households, $MEMBERS current members, $RECORDS frozen 2021 statuses (scripts/demo-data.sh $WHATIF_SIZE $WHATIF_DB)$SEEDED"
  echo "- Run: \`POST /api/v1/what-if-runs {\"standardCode\": \"$WHATIF_STANDARD\", \"referenceDate\": \"$WHATIF_DATE\"}\` as $KC_USER (district officer; token from the SPA client's login, authorization code + PKCE), then \`GET\` of the Location every 0.2 s until DONE. Wall = POST to DONE seen by the client; server = startedAt to finishedAt of the run"
  echo "- Plain scan: \`psql -c \"copy (select <the 23 columns a run reads> $SCAN_FROM) to stdout\" > /dev/null\` (PostgreSQL picks a hash join of two sequential scans); key-order scan: the same with \`order by h.id\`, the order a run reads in"
  echo "- Heap: jstat -gc every 250 ms during the run; peak = the most the heap (young + old) held, old after = old generation at the end"
  echo "- Load: 1-minute load average at the end of the run (2 cores: above 2 means other work competed)"
  echo
  echo "| Round | What-if wall s | Server s | Households/s | Members/s | Changed | Plain scan s | Wall ÷ scan | Key-order scan s | Wall ÷ key-order scan | Heap peak MB | Old after MB | GC during run | Load |"
  echo "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|"
  for n in $(seq "$WHATIF_REPEAT"); do
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "${M[$n,wall]}" "${M[$n,server]}" \
      "$(rate "$HOUSEHOLDS" "${M[$n,wall]}")" "$(rate "$MEMBERS" "${M[$n,wall]}")" "${M[$n,changed]}" "${M[$n,scan]}" \
      "$(ratio "${M[$n,wall]}" "${M[$n,scan]}")" "${M[$n,scan_ordered]}" "$(ratio "${M[$n,wall]}" "${M[$n,scan_ordered]}")" \
      "${M[$n,heap_peak]}" "${M[$n,old_after]}" "${M[$n,gc]}" "${M[$n,load]}"
    if [[ -z $best ]] || awk -v a="${M[$n,wall]}" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=${M[$n,wall]}; fi
  done
  echo
  if awk -v w="$best" -v n="$HOUSEHOLDS" 'BEGIN { exit !(w * 1000000 / n < 60) }'; then
    echo "Target (1M households in under 60 s): best wall time $best s for $HOUSEHOLDS households — **meets** the target."
  else
    echo "Target (1M households in under 60 s): best wall time $best s for $HOUSEHOLDS households — **misses** the target."
  fi
  echo
  echo "### Interpretation"
  echo
  if [[ -f $WHATIF_RESULTS ]] && grep -q '<!-- whatif-interpretation -->' "$WHATIF_RESULTS"; then
    sed -n '/<!-- whatif-interpretation -->/,/<!-- \/whatif-interpretation -->/p' "$WHATIF_RESULTS"
  else
    printf '<!-- whatif-interpretation -->\n_(to be written from the figures above)_\n<!-- /whatif-interpretation -->\n'
  fi
  echo "<!-- /whatif -->"
}

write_results() {  # the section replaces an earlier one, or is appended
  local new="$WORK/section.md" tmp="$WORK/results.tmp"
  section >"$new"
  if [[ -f $WHATIF_RESULTS ]] && grep -q '^<!-- whatif -->$' "$WHATIF_RESULTS"; then
    awk -v f="$new" '$0 == "<!-- whatif -->" { while ((getline l < f) > 0) print l; skip = 1; next }
                     $0 == "<!-- /whatif -->" { skip = 0; next } !skip' "$WHATIF_RESULTS" >"$tmp"
    mv "$tmp" "$WHATIF_RESULTS"
  else
    { [[ -s $WHATIF_RESULTS ]] && echo; cat "$new"; } >>"$WHATIF_RESULTS"
  fi
}

# ---------------------------------------------------------------- main
main() {
  local t0=$SECONDS
  "$ROOT/scripts/postgres.sh" ensure
  local keep=0
  if (( WHATIF_KEEP_DB )) && (( $(households_in_db) == WHATIF_SIZE )); then
    keep=1; ok "keeping $WHATIF_DB: it holds $WHATIF_SIZE households"
  else
    fresh_database
  fi
  "$ROOT/scripts/keycloak.sh" ensure
  build_backend_if_needed
  start_backend   # Flyway creates the schema before the data goes in

  SEEDED="; the database was kept from an earlier run of this script"
  if (( ! keep )); then
    local s0 s1
    s0=$(now)
    DB_HOST=$DB_HOST DB_PORT=$DB_PORT DB_USER=$DB_USER DB_PASSWORD=$DB_PASSWORD \
      "$ROOT/scripts/demo-data.sh" "$WHATIF_SIZE" "$WHATIF_DB" >/dev/null
    s1=$(now)
    app_psql -c 'vacuum analyze household' -c 'vacuum analyze household_member' -c 'vacuum analyze household_status_record'
    SEEDED="; seeding took $(secs "$s0" "$s1") s, then VACUUM ANALYZE $(secs "$s1" "$(now)") s"
  fi
  HOUSEHOLDS=$(app_psql -c 'select count(*) from household where archived_at is null')
  MEMBERS=$(app_psql -c 'select count(*) from household_member m join household h on h.id = m.household_id where m.left_on is null and h.archived_at is null')
  RECORDS=$(app_psql -c 'select count(*) from household_status_record')
  ok "$HOUSEHOLDS households, $MEMBERS members, $RECORDS status records"

  local n
  for n in $(seq "$WHATIF_REPEAT"); do
    log "round $n of $WHATIF_REPEAT: plain scan, key-order scan, what-if run"
    M[$n,scan]=$(scan "$SCAN_SQL")
    M[$n,scan_ordered]=$(scan "$SCAN_ORDERED_SQL")
    what_if_round "$n"
  done
  stop_backend
  write_results
  echo
  sed -n '/^| Round/,/^$/p' "$WORK/section.md"
  ok "results in ${WHATIF_RESULTS#"$ROOT"/} (run bodies and jstat samples in .run/bench-whatif/), $((SECONDS - t0))s in all"
}

main "$@"
