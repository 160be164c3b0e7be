#!/usr/bin/env bash
# Household API benchmark (make bench).
#   1. fresh database giamngheo_bench (unaccent, pg_trgm) on the local PostgreSQL; Keycloak on :8180
#   2. the backend jar on :8082 against it (built when missing or older than its sources)
#   3. BENCH_SIZE synthetic households (scripts/demo-data.sh), timed; then VACUUM ANALYZE
#   4. targets drawn from the data: household ids, member names, name fragments
#   5. wrk at each connection count: the trivial endpoints and the household endpoints, one after the other
#   6. EXPLAIN ANALYZE of the search statements the backend runs (bench/explain.sh)
#   7. a markdown table on stdout and in bench/RESULTS.md (the sections the other benchmarks write after it are kept); the
#      backend started here is stopped
# Environment:
#   BENCH_SIZE (100000)          households to seed
#   BENCH_CONNECTIONS ("16 64")  wrk connection counts
#   BENCH_DURATION (20s)         measured wrk run per endpoint and connection count
#   BENCH_WARMUP (5s)            unmeasured wrk run before each measured one
#   BENCH_WARMUP_ALL (30s)       unmeasured wrk run over a mix of every endpoint first (JIT, caches, pool)
#   BENCH_PORT (8082)            backend port (8080 and 8081 belong to the run and e2e stacks)
#   BENCH_DB (giamngheo_bench)   database, dropped and recreated
#   BENCH_RESULTS (bench/RESULTS.md), BENCH_JAVA (java), BENCH_XMX (1g)
#   DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, DB_ADMIN_URL as for scripts/postgres.sh
# Every household request writes an audit event (by design); the figures include it.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
source "$BENCH_DIR/../scripts/lib.sh"   # ROOT, RUN_DIR, log/ok/warn/die, start_bg, stop_pid, wait_http, port_busy
source "$BENCH_DIR/backend.sh"          # database helpers, build_backend_if_needed, start_bench_backend, spa_login

BENCH_SIZE=${BENCH_SIZE:-100000}
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-16 64}
BENCH_DURATION=${BENCH_DURATION:-20s}
BENCH_WARMUP=${BENCH_WARMUP:-5s}
BENCH_WARMUP_ALL=${BENCH_WARMUP_ALL:-30s}
BENCH_PORT=${BENCH_PORT:-8082}
BENCH_DB=${BENCH_DB:-giamngheo_bench}
BENCH_DATABASE=$BENCH_DB                  # the database the helpers of bench/backend.sh use
BENCH_RESULTS=${BENCH_RESULTS:-$BENCH_DIR/RESULTS.md}
BENCH_XMX=${BENCH_XMX:-1g}
BENCH_THREADS=${BENCH_THREADS:-2}
BENCH_USER=huyen.lan                        # district officer: household:read, district-wide
PIDFILE="$RUN_DIR/backend-bench.pid"
LOGFILE="$RUN_DIR/backend-bench.log"
WORK="$RUN_DIR/bench"
API="http://127.0.0.1:$BENCH_PORT"
COMMAND="make bench   # = bench/run.sh; BENCH_SIZE=$BENCH_SIZE BENCH_CONNECTIONS=\"$BENCH_CONNECTIONS\" BENCH_DURATION=$BENCH_DURATION BENCH_WARMUP=$BENCH_WARMUP BENCH_WARMUP_ALL=$BENCH_WARMUP_ALL"

[[ $BENCH_SIZE =~ ^[0-9]+$ ]] && (( BENCH_SIZE > 0 )) || die "BENCH_SIZE must be a positive number, got '$BENCH_SIZE'"
[[ $BENCH_PORT == 8080 || $BENCH_PORT == 8081 ]] && die "port $BENCH_PORT belongs to the run/e2e stack; pick another BENCH_PORT"
check_bench_database BENCH_DB
command -v wrk >/dev/null || die "wrk is needed (apt-get install -y wrk)"
command -v psql >/dev/null || die "psql is needed (apt-get install -y postgresql-client)"
mkdir -p "$WORK"

# ---------------------------------------------------------------- backend
STARTED_BACKEND=0
stop_backend() { (( STARTED_BACKEND )) && stop_pid "$PIDFILE" "backend (bench)" quarkus-run; STARTED_BACKEND=0; }
trap 'stop_backend' EXIT
trap 'exit 130' INT TERM

start_backend() { start_bench_backend "backend (bench)" BENCH_PORT "$BENCH_DB" "$BENCH_XMX"; }

# ---------------------------------------------------------------- token and targets
TOKEN=
fresh_token() { TOKEN=$(spa_login "$BENCH_USER"); }  # access tokens live 300 s: one per wrk run

write_targets() {
  log "drawing targets from $BENCH_DB"
  app_psql -c "select '/api/v1/households/' || id from household order by random() limit 1000" >"$WORK/fetch.txt"
  # search terms as a clerk types them: without accents, lower case
  #   full name of a current member ("nguyen van an"), half of the list
  #   middle + given name, contiguous ("van hung"), a quarter
  #   family + given name, not contiguous in the stored name ("tran hung"), a quarter
  app_psql >"$WORK/search-terms.txt" <<'SQL'
with m as (
    select gn_search_key(full_name) as k, row_number() over () as n
    from (select full_name from household_member where left_on is null order by random() limit 1000) s
)
select case when n % 4 in (0, 1) then 'full name'
            when n % 4 = 2 then 'middle+given'
            else 'family+given' end || '|' ||
       case when n % 4 in (0, 1) then k
            when n % 4 = 2 then split_part(k, ' ', 2) || ' ' || split_part(k, ' ', 3)
            else split_part(k, ' ', 1) || ' ' || split_part(k, ' ', 3) end
from m order by random();
SQL
  cut -d'|' -f2 "$WORK/search-terms.txt" | sed 's/ /%20/g; s|^|/api/v1/households?q=|' >"$WORK/search.txt"
  echo "/api/v1/households?q=nguyen" >"$WORK/common.txt"
  echo "/q/health/live" >"$WORK/live.txt"
  echo "/api/v1/areas/870" >"$WORK/area.txt"
  { head -n 300 "$WORK/fetch.txt"; head -n 300 "$WORK/search.txt"; local i
    for i in $(seq 30); do cat "$WORK/common.txt" "$WORK/live.txt" "$WORK/area.txt"; done; } | shuf >"$WORK/mix.txt"
  local f
  for f in fetch search common live area mix; do
    [[ -s $WORK/$f.txt ]] || die "no targets in $WORK/$f.txt"
  done
}

preflight() {  # every kind of request answers 200 with the token before any load
  fresh_token
  local f path code
  for f in live area fetch search common; do
    path=$(head -n 1 "$WORK/$f.txt")
    code=$(curl -s -o "$WORK/preflight-$f.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$API$path")
    [[ $code == 200 ]] || die "GET $path answered $code: $(head -c 300 "$WORK/preflight-$f.json")"
  done
  ok "preflight: every endpoint answers 200"
}

# ---------------------------------------------------------------- load
ENDPOINTS=(live area fetch search common)
declare -A LABEL=(
  [live]='GET /q/health/live (trivial)'
  [area]='GET /api/v1/areas/870 (one-row lookup)'
  [fetch]='GET /api/v1/households/{id}'
  [search]='GET /api/v1/households?q={name}'
  [common]='GET /api/v1/households?q=nguyen'
)
declare -A R=()   # R[endpoint,conns] = "p50 p90 p95 p99 max rps requests non2xx connect read write timeout"
declare -A LOAD=()   # LOAD[endpoint,conns] = 1-minute load average at the end of the measured run

wrk_run() {  # wrk_run ENDPOINT CONNS DURATION OUTFILE
  local threads=$(( $2 < BENCH_THREADS ? $2 : BENCH_THREADS ))   # wrk needs a connection per thread
  BENCH_TOKEN=$TOKEN wrk -t"$threads" -c"$2" -d"$3" --timeout 10s --latency -s "$BENCH_DIR/paths.lua" \
    "$API" -- "$WORK/$1.txt" >"$4" 2>&1 || { cat "$4" >&2; die "wrk failed for $1"; }
}

measure() {  # measure ENDPOINT CONNS
  local ep=$1 c=$2 raw="$WORK/wrk-$1-c$2.txt" line
  fresh_token
  wrk_run "$ep" "$c" "$BENCH_WARMUP" "$WORK/warmup-$ep-c$c.txt"
  wrk_run "$ep" "$c" "$BENCH_DURATION" "$raw"
  line=$(grep '^BENCH ' "$raw" | tail -n 1) || die "no BENCH line in $raw"
  R[$ep,$c]=${line#BENCH }
  LOAD[$ep,$c]=$(cut -d' ' -f1 /proc/loadavg)
  local -a v=(${R[$ep,$c]})
  printf '   %-40s c=%-3s %9s req/s  p50 %7.2f ms  p99 %8.2f ms  non-2xx %s\n' "${LABEL[$ep]}" "$c" "${v[5]}" \
    "$(awk -v u="${v[0]}" 'BEGIN { print u / 1000 }')" "$(awk -v u="${v[3]}" 'BEGIN { print u / 1000 }')" "${v[7]}" >&2
  # a failed request is a failed benchmark: recorded here, reported in the results, and the run exits 1 at the end
  if (( v[7] > 0 )); then
    FAILURES+=("${LABEL[$ep]} at $c connections: ${v[7]} of ${v[6]} responses were not 2xx (see .run/backend-bench.log)")
    warn "${FAILURES[-1]}"
  fi
  if (( v[8] + v[9] + v[10] + v[11] > 0 )); then
    FAILURES+=("${LABEL[$ep]} at $c connections: socket errors (connect ${v[8]}, read ${v[9]}, write ${v[10]}, timeout ${v[11]})")
    warn "${FAILURES[-1]}"
  fi
}
FAILURES=()

# ---------------------------------------------------------------- report
ms() { awk -v us="$1" 'BEGIN { v = us / 1000; if (v < 10) printf "%.2f", v; else if (v < 100) printf "%.1f", v; else printf "%.0f", v }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "–"; else { r = a / b; if (r < 10) printf "%.2f", r; else printf "%.0f", r } }'; }

table() {
  echo "| Endpoint | Conns | req/s | p50 ms | p90 ms | p95 ms | p99 ms | max ms | p50 × trivial | p99 × trivial | req/s ÷ trivial | non-2xx | load |"
  echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
  local c ep
  for c in $BENCH_CONNECTIONS; do
    local -a b=(${R[live,$c]})
    for ep in "${ENDPOINTS[@]}"; do
      local -a v=(${R[$ep,$c]})
      printf '| %s | %s | %.0f | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "${LABEL[$ep]}" "$c" "${v[5]}" \
        "$(ms "${v[0]}")" "$(ms "${v[1]}")" "$(ms "${v[2]}")" "$(ms "${v[3]}")" "$(ms "${v[4]}")" \
        "$(ratio "${v[0]}" "${b[0]}")" "$(ratio "${v[3]}" "${b[3]}")" "$(ratio "${v[5]}" "${b[5]}")" "${v[7]}" "${LOAD[$ep,$c]}"
    done
  done
}

verdict() {  # search p99 target: under 100 ms
  local c ep
  for c in $BENCH_CONNECTIONS; do
    for ep in search common; do
      local -a v=(${R[$ep,$c]})
      if (( v[3] < 100000 )); then echo "- ${LABEL[$ep]}, $c connections: p99 $(ms "${v[3]}") ms — **meets** the 100 ms target"
      else echo "- ${LABEL[$ep]}, $c connections: p99 $(ms "${v[3]}") ms — **misses** the 100 ms target"; fi
    done
  done
}

keep_interpretation() {  # the prose between the markers survives a re-run
  if [[ -f $BENCH_RESULTS ]] && grep -q '<!-- interpretation -->' "$BENCH_RESULTS"; then
    sed -n '/<!-- interpretation -->/,/<!-- \/interpretation -->/p' "$BENCH_RESULTS"
  else
    printf '<!-- interpretation -->\n_(to be written from the figures above)_\n<!-- /interpretation -->\n'
  fi
}

keep_other_sections() {  # what the other benchmarks wrote after this one's interpretation survives a re-run
  [[ -f $BENCH_RESULTS ]] && sed '1,/^<!-- \/interpretation -->$/d' "$BENCH_RESULTS" | sed '/./,$!d'
  return 0
}

write_results() {
  local interp cpu mem commit dirty pg jv others
  interp=$(keep_interpretation)
  others=$(keep_other_sections)
  cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
  mem=$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
  commit=$(git -C "$ROOT" rev-parse --short HEAD)
  dirty=$(git -C "$ROOT" status --porcelain -- backend scripts | wc -l)
  pg=$(app_psql -c "select current_setting('server_version') || ', shared_buffers ' || current_setting('shared_buffers') || ', work_mem ' || current_setting('work_mem')")
  jv=$("${BENCH_JAVA:-java}" -version 2>&1 | head -n 1)
  {
    echo "# Household API benchmark"
    echo
    echo "Generated by \`bench/run.sh\`; only the interpretation is written by hand."
    echo
    echo "## Run"
    echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit \`$commit\`$( (( dirty )) && echo " ($dirty uncommitted changes under backend/ and scripts/ at run time)")"
    echo "- Machine: $(nproc) cores ($cpu), $mem memory; shared with other work, so absolute figures are noisy — compare rows of the same run"
    echo "- Backend: Quarkus jar, $jv, -Xmx$BENCH_XMX, port $BENCH_PORT, database \`$BENCH_DB\`; PostgreSQL $pg; wrk $(wrk -v 2>&1 | awk 'NR==1 {print $2}'), all on this machine (load over 127.0.0.1)"
    echo "- Command: \`$COMMAND\`"
    echo "- Load: \`wrk -t$BENCH_THREADS -c<conns> -d$BENCH_DURATION --timeout 10s --latency -s bench/paths.lua\` after a $BENCH_WARMUP warm-up of the same endpoint; closed loop (each connection waits for its answer), so latencies under saturation are queueing times"
    echo "- Caller: district officer \`$BENCH_USER\` (household:read, district-wide scope; token from the SPA client's login, authorization code + PKCE), a fresh token before each endpoint"
    echo "- Dataset: $HOUSEHOLDS households, $MEMBERS members (scripts/demo-data.sh $BENCH_SIZE $BENCH_DB); seeding took ${SEED_SECONDS} s, then VACUUM ANALYZE ${VACUUM_SECONDS} s"
    echo "- Targets: 1000 random household ids (fetch); 1000 search terms from random current members — 50 % full names (\"nguyen van an\"), 25 % middle+given (\"van hung\"), 25 % family+given (\"tran hung\", rarely contiguous in a stored name: the word search finds it, the trigram search before V20 mostly found nothing); the common family name \"nguyen\" ($NGUYEN_TOTAL households match); every wrk connection rotates through its list"
    echo "- Columns: latencies from wrk's histogram (p95 via latency:percentile(95) in bench/paths.lua); ratios divide by the trivial endpoint's figure at the same connection count in this run; load = 1-minute load average of the machine at the end of that row's run (2 cores: above 2 means other work competed)"
    echo "- Audit: each household request (fetch or search) inserts one audit_event row, by design; audit_event grew by $AUDIT_ROWS rows during the load"
    echo
    echo "## Results"
    echo
    table
    echo
    if ((${#FAILURES[@]})); then
      echo "**The run failed** — requests that did not succeed (their latencies are still in the table):"
      echo
      printf -- '- %s\n' "${FAILURES[@]}"
      [[ -n $POOL_ERRORS ]] && echo "- backend log: $POOL_ERRORS"
      echo
    fi
    echo "Search target (p99 under 100 ms at $HOUSEHOLDS households):"
    echo
    verdict
    echo
    echo "## Query plans"
    echo
    echo "\`bench/explain.sh\` runs the statements of a name search as HouseholdRepository builds them for a district-wide"
    echo "caller (sort by code, page 0 of 20; prepared with the same parameter types, planned with the connection settings"
    echo "of application.properties) under EXPLAIN (ANALYZE, BUFFERS) on the same database after the load, with the"
    echo "backend stopped. \"Now\": the bounded statement (the first 1,001 matches, their count and the page cut from"
    echo "them) and, only when more than 1,000 households match, the ordered page statement. \"Before\": the trigram"
    echo "search it replaced (page statement, count stopping at 1,001; commit 8253656), run after the script puts the"
    echo "tables back in their pre-V20 shape. Planning + execution time, median of three runs each. \"Households found\""
    echo "differs where the semantics changed (words in any order instead of a substring). Full plans in"
    echo "\`bench/EXPLAIN.txt\`:"
    echo
    cat "$WORK/explain-summary.md"
    echo
    echo "## Interpretation"
    echo
    echo "$interp"
    [[ -z $others ]] || printf '\n%s\n' "$others"
  } >"$BENCH_RESULTS"
  cp "$WORK/explain.txt" "$(dirname "$BENCH_RESULTS")/EXPLAIN.txt"   # the plans beside the results that cite them
}

# ---------------------------------------------------------------- main
main() {
  local t0=$SECONDS
  "$ROOT/scripts/postgres.sh" ensure
  fresh_database
  "$ROOT/scripts/keycloak.sh" ensure
  build_backend_if_needed
  start_backend

  local s0 s1
  s0=$(date +%s.%N)
  DB_HOST=$DB_HOST DB_PORT=$DB_PORT DB_USER=$DB_USER DB_PASSWORD=$DB_PASSWORD \
    "$ROOT/scripts/demo-data.sh" "$BENCH_SIZE" "$BENCH_DB" >/dev/null
  s1=$(date +%s.%N)
  SEED_SECONDS=$(awk -v a="$s0" -v b="$s1" 'BEGIN { printf "%.1f", b - a }')
  app_psql -c 'vacuum analyze household' -c 'vacuum analyze household_member' -c 'vacuum analyze audit_event'
  VACUUM_SECONDS=$(awk -v a="$s1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  HOUSEHOLDS=$(app_psql -c 'select count(*) from household')
  MEMBERS=$(app_psql -c 'select count(*) from household_member')
  NGUYEN_TOTAL=$(app_psql -c "select count(*) from household where name_words @@ gn_name_query('nguyen')")
  ok "seeded $HOUSEHOLDS households, $MEMBERS members in ${SEED_SECONDS}s (vacuum analyze ${VACUUM_SECONDS}s)"

  write_targets
  preflight
  log "warm-up: $BENCH_WARMUP_ALL over a mix of every endpoint at 16 connections (not measured)"
  fresh_token
  wrk_run mix 16 "$BENCH_WARMUP_ALL" "$WORK/warmup-mix.txt"
  local audit0; audit0=$(app_psql -c 'select count(*) from audit_event')

  local c ep
  for c in $BENCH_CONNECTIONS; do
    log "load at $c connections ($BENCH_DURATION per endpoint after a $BENCH_WARMUP warm-up)"
    for ep in "${ENDPOINTS[@]}"; do measure "$ep" "$c"; done
  done
  AUDIT_ROWS=$(( $(app_psql -c 'select count(*) from audit_event') - audit0 ))

  POOL_ERRORS=$(grep -c 'Unable to acquire JDBC Connection' "$LOGFILE" || true)
  if [[ $POOL_ERRORS == 0 ]]; then POOL_ERRORS=; else POOL_ERRORS="$POOL_ERRORS × \"Unable to acquire JDBC Connection [Sorry, acquisition timeout!]\" (pool of 32, 5 s wait)"; fi
  stop_backend
  log "EXPLAIN ANALYZE of the search statements"
  BENCH_DB=$BENCH_DB "$BENCH_DIR/explain.sh" "$WORK/search-terms.txt" "$WORK/explain.txt" "$WORK/explain-summary.md"

  echo
  table
  echo
  verdict
  write_results
  ok "results in ${BENCH_RESULTS#"$ROOT"/} (raw wrk output in .run/bench/), $((SECONDS - t0))s in all"
  if ((${#FAILURES[@]})); then
    printf '%s\n' "${FAILURES[@]}" | while read -r f; do printf '%sFAILED:%s %s\n' "$_R" "$_N" "$f" >&2; done
    exit 1
  fi
}

main "$@"
