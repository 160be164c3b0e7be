#!/usr/bin/env bash
# Monitoring dashboard benchmark (make bench-monitoring): the dashboard's endpoints at 1M households, side by side
# with a trivial endpoint (GET /api/v1/me) measured the same way in the same run.
#   1. fresh database giamngheo_bench_monitor (unaccent, pg_trgm); Keycloak on :8180
#   2. the backend jar on :8093 against it (built when missing or older than its sources), -Xmx$MON_XMX
#   3. MON_SIZE synthetic households with the 2021 frozen statuses, the 2022 review, benefit delivery and the current
#      6-month report period (scripts/demo-data.sh), then VACUUM ANALYZE
#   4. tokens of the district officer huyen.lan and of the commune officer xa.thuongphuoc1, obtained like the SPA does
#      (authorization code + PKCE through the login form of giamngheo-spa)
#   5. per endpoint: MON_WARMUP requests, then MON_REQUESTS sequential requests timed by curl (time_total); p50, p90,
#      p99 and max in ms; plus EXPLAIN (ANALYZE, BUFFERS) of the grouped statements behind the dashboard
#   6. a "Monitoring dashboard" section in bench/RESULTS.md between <!-- monitoring --> markers (replaced on each run,
#      the interpretation between <!-- monitoring-interpretation --> markers kept)
# Environment:
#   MON_SIZE (1000000)                    households to seed
#   MON_DB (giamngheo_bench_monitor)      database, dropped and recreated
#   MON_KEEP_DB (0)                       1: keep the database when it already holds MON_SIZE households (no re-seed)
#   MON_PORT (8093), MON_XMX (1g), MON_REQUESTS (200), MON_WARMUP (20)
#   MON_RESULTS (bench/RESULTS.md), BENCH_JAVA (java)
#   DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, DB_ADMIN_URL as for scripts/postgres.sh
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
source "$BENCH_DIR/../scripts/lib.sh"   # ROOT, RUN_DIR, log/ok/warn/die, start_bg, stop_pid, wait_http, port_busy
source "$BENCH_DIR/backend.sh"          # database helpers, build_backend_if_needed, start_bench_backend, spa_login

MON_SIZE=${MON_SIZE:-1000000}
MON_DB=${MON_DB:-giamngheo_bench_monitor}
BENCH_DATABASE=$MON_DB                  # the database the helpers of bench/backend.sh use
MON_KEEP_DB=${MON_KEEP_DB:-0}
MON_PORT=${MON_PORT:-8093}
MON_XMX=${MON_XMX:-1g}
MON_REQUESTS=${MON_REQUESTS:-200}
MON_WARMUP=${MON_WARMUP:-20}
MON_RESULTS=${MON_RESULTS:-$BENCH_DIR/RESULTS.md}
PIDFILE="$RUN_DIR/backend-bench-monitoring.pid"
LOGFILE="$RUN_DIR/backend-bench-monitoring.log"
WORK="$RUN_DIR/bench-monitoring"
API="http://127.0.0.1:$MON_PORT"
COMMAND="make bench-monitoring   # = bench/monitoring.sh; MON_SIZE=$MON_SIZE MON_KEEP_DB=$MON_KEEP_DB MON_XMX=$MON_XMX MON_REQUESTS=$MON_REQUESTS MON_WARMUP=$MON_WARMUP"

[[ $MON_SIZE =~ ^[0-9]+$ ]] && (( MON_SIZE > 0 )) || die "MON_SIZE must be a positive number, got '$MON_SIZE'"
[[ $MON_REQUESTS =~ ^[0-9]+$ ]] && (( MON_REQUESTS >= 10 )) || die "MON_REQUESTS must be at least 10"
check_bench_database MON_DB
for tool in psql curl jq openssl; do command -v $tool >/dev/null || die "$tool is needed"; done
mkdir -p "$WORK"

# ---------------------------------------------------------------- backend
STARTED_BACKEND=0
stop_backend() {
  (( STARTED_BACKEND )) && stop_pid "$PIDFILE" "backend (bench-monitoring)" quarkus-run; STARTED_BACKEND=0
}
trap 'stop_backend' EXIT
trap 'exit 130' INT TERM

login() { spa_login "$1"; }  # login USER -> access token on stdout

# ---------------------------------------------------------------- measurements
declare -A R=()   # R[label,p50] …
measure() {  # measure LABEL TOKEN PATH
  local label=$1 token=$2 path=$3 file="$WORK/times-${1//[^a-z0-9]/_}.txt" i code
  code=$(curl -sS -o "$WORK/body-${label//[^a-z0-9]/_}.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$API$path")
  [[ $code == 200 ]] || die "GET $path answered $code: $(head -c 300 "$WORK/body-${label//[^a-z0-9]/_}.json")"
  for ((i = 0; i < MON_WARMUP; i++)); do curl -sS -o /dev/null -H "Authorization: Bearer $token" "$API$path"; done
  : >"$file"
  for ((i = 0; i < MON_REQUESTS; i++)); do
    curl -sS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$API$path" >>"$file"
  done
  local p50 p90 p99 max
  read -r p50 p90 p99 max < <(sort -n "$file" | awk '{ v[NR] = $1 * 1000 }
      END { printf "%.1f %.1f %.1f %.1f\n", v[int(NR * 0.50 + 0.5)], v[int(NR * 0.90 + 0.5)], v[int(NR * 0.99 + 0.5)], v[NR] }')
  R[$label,p50]=$p50; R[$label,p90]=$p90; R[$label,p99]=$p99; R[$label,max]=$max
  R[$label,path]=$path
  R[$label,bytes]=$(wc -c <"$WORK/body-${label//[^a-z0-9]/_}.json")
  ok "$label: p50 ${R[$label,p50]} ms, p99 ${R[$label,p99]} ms (${R[$label,bytes]} bytes)"
}

explain() {  # explain SQL -> "execution ms; plan's first node"
  app_psql -c "explain (analyze, buffers, format json) $1" | jq -r '.[0] | "\(."Execution Time" | . * 10 | round / 10) ms; \(.Plan."Node Type")\(if .Plan.Plans then " ← " + ([.Plan.Plans[] | ."Node Type" + (if ."Index Name" then " " + ."Index Name" else "" end)] | join(", ")) else "" end)"'
}

# ---------------------------------------------------------------- report
LABELS=()
section() {
  local cpu mem commit dirty pg jv label
  cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
  mem=$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
  commit=$(git -C "$ROOT" rev-parse --short HEAD)
  dirty=$(git -C "$ROOT" status --porcelain -- backend scripts | wc -l)
  pg=$(app_psql -c "select current_setting('server_version') || ', shared_buffers ' || current_setting('shared_buffers') || ', work_mem ' || current_setting('work_mem')")
  jv=$("${BENCH_JAVA:-java}" -version 2>&1 | head -n 1)
  echo "<!-- monitoring -->"
  echo "## Monitoring dashboard"
  echo
  echo "Generated by \`bench/monitoring.sh\`; only the interpretation is written by hand."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit \`$commit\`$( (( dirty )) && echo " ($dirty uncommitted changes under backend/ and scripts/ at run time)")"
  echo "- Machine: $(nproc) cores ($cpu), $mem memory; shared with other work, so absolute figures are noisy — compare rows of the same run"
  echo "- Backend: Quarkus jar, $jv, -Xmx$MON_XMX, port $MON_PORT, database \`$MON_DB\`; PostgreSQL $pg; all on this machine"
  echo "- Command: \`$COMMAND\`"
  echo "- Dataset: $HOUSEHOLDS households, $RECORDS frozen statuses, $CASES cases of the open 2022 review, $ENTITLEMENTS live entitlements (health insurance, loans, training), $UNITS reporting units (scripts/demo-data.sh $MON_SIZE $MON_DB)$SEEDED"
  echo "- Method: per endpoint $MON_WARMUP warm-up requests, then $MON_REQUESTS sequential requests with curl (one connection each, \`time_total\`), tokens from the SPA client's login (authorization code + PKCE); load average at the start $LOAD_START, at the end $LOAD_END (2 cores)"
  echo
  echo "| Endpoint | Caller | p50 ms | p90 ms | p99 ms | max ms | Body bytes | p50 ÷ trivial p50 |"
  echo "|---|---|--:|--:|--:|--:|--:|--:|"
  for label in "${LABELS[@]}"; do
    printf '| `GET %s` | %s | %s | %s | %s | %s | %s | %s |\n' "${R[$label,path]}" "${label#* }" "${R[$label,p50]}" "${R[$label,p90]}" \
      "${R[$label,p99]}" "${R[$label,max]}" "${R[$label,bytes]}" "$(awk -v a="${R[$label,p50]}" -v b="${R[trivial district,p50]}" 'BEGIN { printf "%.1f", a / b }')"
  done
  echo
  local worst=0
  for label in "${LABELS[@]}"; do
    [[ $label == trivial* ]] && continue
    worst=$(awk -v a="${R[$label,p99]}" -v b="$worst" 'BEGIN { print (a > b ? a : b) }')
  done
  if awk -v w="$worst" 'BEGIN { exit !(w < 300) }'; then
    echo "Target (dashboard queries under 300 ms at 1M households): worst p99 of the dashboard endpoints $worst ms — **meets** the target."
  else
    echo "Target (dashboard queries under 300 ms at 1M households): worst p99 of the dashboard endpoints $worst ms — **misses** the target."
  fi
  echo
  echo "The statements behind the dashboard, \`EXPLAIN (ANALYZE, BUFFERS)\` in the same database (execution time; plan):"
  echo
  echo "| Statement | Execution; plan |"
  echo "|---|---|"
  echo "| frozen statuses by cycle, commune, start and end status | $EXPLAIN_FROZEN |"
  echo "| open review's cases by commune, start and final status | $EXPLAIN_OPEN |"
  echo "| live entitlements by commune and program kind | $EXPLAIN_DELIVERY |"
  echo "| households per commune (for reviews without per-commune counts) | $EXPLAIN_HOUSEHOLDS |"
  echo
  echo "### Interpretation"
  echo
  if [[ -f $MON_RESULTS ]] && grep -q '<!-- monitoring-interpretation -->' "$MON_RESULTS"; then
    sed -n '/<!-- monitoring-interpretation -->/,/<!-- \/monitoring-interpretation -->/p' "$MON_RESULTS"
  else
    printf '<!-- monitoring-interpretation -->\n_(to be written from the figures above)_\n<!-- /monitoring-interpretation -->\n'
  fi
  echo "<!-- /monitoring -->"
}

write_results() {  # the section replaces an earlier one, or is appended
  local new="$WORK/section.md" tmp="$WORK/results.tmp"
  section >"$new"
  if [[ -f $MON_RESULTS ]] && grep -q '^<!-- monitoring -->$' "$MON_RESULTS"; then
    awk -v f="$new" '$0 == "<!-- monitoring -->" { while ((getline l < f) > 0) print l; skip = 1; next }
                     $0 == "<!-- /monitoring -->" { skip = 0; next } !skip' "$MON_RESULTS" >"$tmp"
    mv "$tmp" "$MON_RESULTS"
  else
    { [[ -s $MON_RESULTS ]] && echo; cat "$new"; } >>"$MON_RESULTS"
  fi
}

# ---------------------------------------------------------------- main
main() {
  local t0=$SECONDS keep=0
  "$ROOT/scripts/postgres.sh" ensure
  if (( MON_KEEP_DB )) && (( $(households_in_db) == MON_SIZE )); then
    keep=1; ok "keeping $MON_DB: it holds $MON_SIZE households"
  else
    fresh_database
  fi
  "$ROOT/scripts/keycloak.sh" ensure
  build_backend_if_needed
  start_bench_backend "backend (bench-monitoring)" MON_PORT "$MON_DB" "$MON_XMX"   # Flyway creates the schema first

  SEEDED="; the database was kept from an earlier run of this script"
  if (( ! keep )); then
    local s0 s1
    s0=$(date +%s)
    DB_HOST=$DB_HOST DB_PORT=$DB_PORT DB_USER=$DB_USER DB_PASSWORD=$DB_PASSWORD \
      "$ROOT/scripts/demo-data.sh" "$MON_SIZE" "$MON_DB" >/dev/null
    s1=$(date +%s)
    app_psql -c 'vacuum analyze household' -c 'vacuum analyze household_status_record' -c 'vacuum analyze review_case' \
             -c 'vacuum analyze entitlement' -c 'vacuum analyze commune_review'
    SEEDED="; seeding took $((s1 - s0)) s, then VACUUM ANALYZE $(( $(date +%s) - s1 )) s"
  fi
  HOUSEHOLDS=$(app_psql -c 'select count(*) from household where archived_at is null')
  RECORDS=$(app_psql -c 'select count(*) from household_status_record')
  CASES=$(app_psql -c "select count(*) from review_case c join review_cycle y on y.id = c.cycle_id where y.state = 'OPEN'")
  ENTITLEMENTS=$(app_psql -c "select count(*) from entitlement where state in ('ELIGIBLE', 'REQUESTED', 'ENROLLED', 'FULFILLED')")
  UNITS=$(app_psql -c 'select count(*) from reporting_unit where active')
  ok "$HOUSEHOLDS households, $RECORDS status records, $CASES open cases, $ENTITLEMENTS entitlements"

  local district commune
  district=$(login huyen.lan)
  commune=$(login xa.thuongphuoc1)
  LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
  LABELS=("trivial district" "rates district" "rates commune" "coverage district" "coverage commune" "status district")
  measure "trivial district" "$district" /api/v1/me
  measure "rates district" "$district" /api/v1/dashboard/poverty-rates
  measure "rates commune" "$commune" /api/v1/dashboard/poverty-rates
  measure "coverage district" "$district" /api/v1/dashboard/coverage
  measure "coverage commune" "$commune" /api/v1/dashboard/coverage
  measure "status district" "$district" /api/v1/dashboard/submission-status
  LOAD_END=$(cut -d' ' -f1 /proc/loadavg)

  local cycles open
  cycles=$(app_psql -c "select string_agg(quote_literal(id), ',') from review_cycle where kind = 'PERIODIC' and state = 'CONSOLIDATED'")
  open=$(app_psql -c "select string_agg(quote_literal(id), ',') from review_cycle where kind = 'PERIODIC' and state = 'OPEN'")
  EXPLAIN_FROZEN=$(explain "select cycle_id, commune_code, status_start, status_end, count(*) from household_status_record where cycle_id = any(array[${cycles:-gen_random_uuid()}]::uuid[]) group by 1, 2, 3, 4")
  EXPLAIN_OPEN=$(explain "select c.cycle_id, r.commune_code, c.status_start, c.final_status, count(*) from review_case c join commune_review r on r.id = c.commune_review_id where c.cycle_id = any(array[${open:-gen_random_uuid()}]::uuid[]) group by 1, 2, 3, 4")
  EXPLAIN_DELIVERY=$(explain "select e.commune_code, count(*) filter (where p.kind = 'HEALTH_INSURANCE'), count(*) filter (where p.kind = 'LOAN' and e.state = 'FULFILLED') from entitlement e join benefit_program p on p.code = e.program_code where p.kind in ('HEALTH_INSURANCE', 'LOAN', 'VOCATIONAL_TRAINING') and e.state in ('ELIGIBLE', 'REQUESTED', 'ENROLLED', 'FULFILLED') group by e.commune_code")
  EXPLAIN_HOUSEHOLDS=$(explain "select commune_code, count(*) from household where archived_at is null group by commune_code")

  stop_backend
  write_results
  echo
  sed -n '/^| Endpoint/,/^$/p' "$WORK/section.md"
  ok "results in ${MON_RESULTS#"$ROOT"/} (bodies and timings in .run/bench-monitoring/), $((SECONDS - t0))s in all"
}

main "$@"
