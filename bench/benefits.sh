#!/usr/bin/env bash
# Entitlement recompute benchmark (make bench-benefits): every household's entitlements recomputed through the API
# (POST /api/v1/entitlement-recomputes), a first run that grants them and a re-run that finds nothing to change,
# against plain SQL doing the same reads and the same number of writes.
#   1. fresh database giamngheo_bench_benefit (unaccent, pg_trgm); Keycloak on :8180 (started under the e2e lock
#      when it is not running, and left running)
#   2. the backend jar on :8097 against it (built when missing or older than its sources), -Xmx$BENEFIT_XMX
#   3. BENEFIT_SIZE synthetic households (scripts/demo-data.sh: about 3.7 members each, so 272,000 households are
#      about 1M persons, with the 2021 frozen statuses), then a consolidated 2025 review (bench/benefits-statuses.sql):
#      the households with the lowest incomes poor (3 %) and near-poor (4 %), the next 8 % middle-income, the rest of
#      the 2021 lists escaped on 2025-12-10; then VACUUM ANALYZE
#   4. a token of the district officer huyen.lan, obtained like the SPA does (authorization code + PKCE), as
#      bench/whatif.sh does: the recompute needs review:consolidate, which no service account has
#   5. entitlements emptied, then: a plain read of the facts a job reads; job 1 (first run: grants everything);
#      job 2 (re-run: nothing changes); then the writes of job 1 done in plain SQL (INSERT ... SELECT of as many
#      entitlements and events into copies of the two tables with the same indexes, foreign keys and change trigger)
#   6. a "Entitlement recompute" section in bench/RESULTS.md between <!-- benefits --> markers (replaced on each run,
#      the interpretation between <!-- benefits-interpretation --> markers kept)
# Environment:
#   BENEFIT_SIZE (272000)                    households to seed
#   BENEFIT_DB (giamngheo_bench_benefit)     database, dropped and recreated
#   BENEFIT_KEEP_DB (0)                      1: keep the database when it already holds BENEFIT_SIZE households (no re-seed)
#   BENEFIT_PORT (8097), BENEFIT_XMX (512m)
#   BENEFIT_RESULTS (bench/RESULTS.md), BENCH_JAVA (java)
#   DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, DB_ADMIN_URL as for scripts/postgres.sh
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
source "$BENCH_DIR/../scripts/lib.sh"   # ROOT, RUN_DIR, log/ok/warn/die, start_bg, stop_pid, wait_http, port_busy
source "$BENCH_DIR/backend.sh"          # database helpers, build_backend_if_needed, start_bench_backend, spa_login

BENEFIT_SIZE=${BENEFIT_SIZE:-272000}
BENEFIT_DB=${BENEFIT_DB:-giamngheo_bench_benefit}
BENCH_DATABASE=$BENEFIT_DB                  # the database the helpers of bench/backend.sh use
BENEFIT_KEEP_DB=${BENEFIT_KEEP_DB:-0}
BENEFIT_PORT=${BENEFIT_PORT:-8097}
BENEFIT_XMX=${BENEFIT_XMX:-512m}
BENEFIT_RESULTS=${BENEFIT_RESULTS:-$BENCH_DIR/RESULTS.md}
KC_USER=huyen.lan
PIDFILE="$RUN_DIR/backend-bench-benefit.pid"
LOGFILE="$RUN_DIR/backend-bench-benefit.log"
WORK="$RUN_DIR/bench-benefit"
API="http://127.0.0.1:$BENEFIT_PORT"
COMMAND="make bench-benefits   # = bench/benefits.sh; BENEFIT_SIZE=$BENEFIT_SIZE BENEFIT_KEEP_DB=$BENEFIT_KEEP_DB BENEFIT_XMX=$BENEFIT_XMX"

[[ $BENEFIT_SIZE =~ ^[0-9]+$ ]] && (( BENEFIT_SIZE > 0 )) || die "BENEFIT_SIZE must be a positive number, got '$BENEFIT_SIZE'"
check_bench_database BENEFIT_DB
for tool in psql curl jq openssl flock; do command -v $tool >/dev/null || die "$tool is needed"; done
mkdir -p "$WORK"

# ---------------------------------------------------------------- Keycloak: shared with the e2e stack
ensure_keycloak() {
  if curl -fsS -o /dev/null --max-time 3 "http://localhost:8180/realms/giamngheo/.well-known/openid-configuration"; then
    ok "Keycloak is running on :8180"
  else
    log "starting Keycloak (under /tmp/giamngheo-e2e.lock, shared with the e2e tests; left running)"
    # -o: the lock is released when the script returns; Keycloak itself, left running, must not inherit it
    flock -o /tmp/giamngheo-e2e.lock "$ROOT/scripts/keycloak.sh" ensure
  fi
}

# ---------------------------------------------------------------- backend
STARTED_BACKEND=0
stop_backend() {
  (( STARTED_BACKEND )) && stop_pid "$PIDFILE" "backend (bench-benefit)" quarkus-run; STARTED_BACKEND=0
}
trap 'stop_backend' EXIT
trap 'exit 130' INT TERM

start_backend() { start_bench_backend "backend (bench-benefit)" BENEFIT_PORT "$BENEFIT_DB" "$BENEFIT_XMX"; }

TOKEN=
login() { TOKEN=$(spa_login "$KC_USER"); }

# ---------------------------------------------------------------- measurements
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
load() { cut -d' ' -f1 /proc/loadavg; }

# The facts a job reads, in one statement: every household with its latest frozen status and last escape, and the
# current members of the households that have a status (PostgreSQL picks hash joins of sequential scans).
FACTS_SQL="copy (with latest as (select distinct on (household_id) household_id, id, status_end, decided_on from household_status_record
  order by household_id, decided_on desc, frozen_at desc), escaped as (select household_id, max(escaped_on) as escaped_on
  from household_status_record group by household_id)
  select h.id, h.commune_code, h.archived_at, l.id, l.status_end, l.decided_on, e.escaped_on, m.id, m.person_id, m.date_of_birth,
         m.disability, m.ethnicity, m.school_attendance, m.education_level
  from household h left join latest l on l.household_id = h.id left join escaped e on e.household_id = h.id
  left join household_member m on m.household_id = l.household_id and m.left_on is null) to stdout"

declare -A M=()   # M[round,key]
job_round() {  # job_round NAME
  local n=$1 t0 t1 headers body location id state job
  login
  headers="$WORK/post-$n.headers"
  M[$n,load0]=$(load)
  t0=$(now)
  body=$(curl -fsS --max-time 30 -D "$headers" -X POST -H "Authorization: Bearer $TOKEN" "$API/api/v1/entitlement-recomputes") \
    || die "POST /api/v1/entitlement-recomputes failed"
  grep -q '^HTTP/[0-9.]* 202' "$headers" || die "POST /api/v1/entitlement-recomputes did not answer 202: $body"
  location=$(tr -d '\r' <"$headers" | sed -n 's/^[Ll]ocation: //p')
  id=$(jq -r .id <<<"$body")
  while :; do
    job=$(curl -fsS --max-time 10 -H "Authorization: Bearer $TOKEN" "$location") || die "GET $location failed"
    state=$(jq -r .state <<<"$job")
    [[ $state == DONE || $state == FAILED ]] && break
    sleep 0.2
  done
  t1=$(now)
  M[$n,load]=$(load)
  [[ $state == DONE ]] || die "job $id failed: $(jq -r .error <<<"$job")"
  echo "$job" >"$WORK/job-$n.json"
  M[$n,id]=$id
  M[$n,wall]=$(secs "$t0" "$t1")
  M[$n,server]=$(jq -r .elapsedSeconds <<<"$job")
  M[$n,processed]=$(jq -r .householdsProcessed <<<"$job")
  M[$n,created]=$(jq -r .created <<<"$job")
  M[$n,changed]=$(jq -r .changed <<<"$job")
  M[$n,ended]=$(jq -r .ended <<<"$job")
  (( M[$n,processed] == HOUSEHOLDS )) || die "job $id processed ${M[$n,processed]} of $HOUSEHOLDS households"
  ok "$n: ${M[$n,wall]} s (server ${M[$n,server]} s), created ${M[$n,created]}, changed ${M[$n,changed]}, ended ${M[$n,ended]}; load ${M[$n,load0]} → ${M[$n,load]}"
}

# The writes of the first run in plain SQL: as many entitlements and events, copied into tables like the real ones
# (same indexes, foreign keys and change-numbering trigger), in one INSERT ... SELECT each.
write_baseline() {
  local t0 t1
  app_psql -c "drop table if exists bench_entitlement_event, bench_entitlement" \
           -c "create table bench_entitlement (like entitlement including all)" \
           -c "create table bench_entitlement_event (like entitlement_event including all)" \
           -c "create trigger bench_entitlement_change_seq before insert or update on bench_entitlement for each row execute function entitlement_changed()" \
           -c "do \$\$ declare r record; begin
                 for r in select conname, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'entitlement'::regclass and contype = 'f' loop
                   execute format('alter table bench_entitlement add constraint %I %s', 'bench_' || r.conname, r.def);
                 end loop;
                 for r in select conname, replace(pg_get_constraintdef(oid), 'REFERENCES entitlement(', 'REFERENCES bench_entitlement(') as def
                          from pg_constraint where conrelid = 'entitlement_event'::regclass and contype = 'f' loop
                   execute format('alter table bench_entitlement_event add constraint %I %s', 'bench_' || r.conname, r.def);
                 end loop;
               end \$\$"
  t0=$(now)
  app_psql -c "begin" -c "insert into bench_entitlement select * from entitlement" \
           -c "insert into bench_entitlement_event select * from entitlement_event" -c "commit"
  t1=$(now)
  M[baseline,write]=$(secs "$t0" "$t1")
  M[baseline,write_rows]=$(app_psql -c "select (select count(*) from bench_entitlement) || ' entitlements and ' || (select count(*) from bench_entitlement_event) || ' events'")
  app_psql -c "drop table bench_entitlement_event, bench_entitlement"
}

read_baseline() {
  local t0; t0=$(now)
  app_psql -c "$FACTS_SQL" >/dev/null
  secs "$t0" "$(now)"
}

# ---------------------------------------------------------------- report
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
sum() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a + b }'; }
persons_rate() { awk -v n="$PERSONS" -v s="$1" 'BEGIN { printf "%.0f", n / s }'; }

section() {
  local cpu mem commit dirty pg jv best n
  cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
  mem=$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
  commit=$(git -C "$ROOT" rev-parse --short HEAD)
  dirty=$(git -C "$ROOT" status --porcelain -- backend scripts bench | wc -l)
  pg=$(app_psql -c "select current_setting('server_version') || ', shared_buffers ' || current_setting('shared_buffers') || ', work_mem ' || current_setting('work_mem')")
  jv=$("${BENCH_JAVA:-java}" -version 2>&1 | head -n 1)
  echo "<!-- benefits -->"
  echo "## Entitlement recompute"
  echo
  echo "Generated by \`bench/benefits.sh\`; only the interpretation is written by hand."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit \`$commit\`$( (( dirty )) && echo " ($dirty uncommitted changes under backend/, scripts/ and bench/ at run time)")"
  echo "- Machine: $(nproc) cores ($cpu), $mem memory; shared with other work, so absolute figures are noisy — compare rows of the same run"
  echo "- Backend: Quarkus jar, $jv, -Xmx$BENEFIT_XMX, port $BENEFIT_PORT, database \`$BENEFIT_DB\`; PostgreSQL $pg; all on this machine"
  echo "- Command: \`$COMMAND\`"
  echo "- Dataset: $HOUSEHOLDS households, $PERSONS current members (persons); latest frozen statuses: $STATUSES (scripts/demo-data.sh $BENEFIT_SIZE, then bench/benefits-statuses.sql)$SEEDED"
  echo "- Job: \`POST /api/v1/entitlement-recomputes\` as $KC_USER (district officer; token from the SPA client's login), then \`GET\` of the Location every 0.2 s until DONE; reference date $REFERENCE_DATE. Wall = POST to DONE seen by the client; server = the job's elapsedSeconds (startedAt to finishedAt). Entitlements were emptied before the first run"
  echo "- Plain read: \`psql -c \"copy (<every household with its latest status and last escape, and the current members of the households with a status>) to stdout\" > /dev/null\`, one statement with hash joins"
  echo "- Plain write: the first run's rows copied with \`insert into <copy> select * from entitlement\` and the same for entitlement_event, in one transaction, into tables created \`like ... including all\` (same indexes) with the same foreign keys and change-numbering trigger"
  echo "- Load: 1-minute load average before and after each job (2 cores: above 2 means other work competed)"
  echo
  echo "| Run | Wall s | Server s | Persons/s | Created | Changed | Ended | Plain read s | Plain write s | Wall ÷ (read + write) | Load before → after |"
  echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|"
  for n in first rerun; do
    local write=0
    [[ $n == first ]] && write=${M[baseline,write]}
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s → %s |\n' "$n" "${M[$n,wall]}" "${M[$n,server]}" \
      "$(persons_rate "${M[$n,wall]}")" "${M[$n,created]}" "${M[$n,changed]}" "${M[$n,ended]}" "${M[$n,scan]}" \
      "$( [[ $n == first ]] && echo "${M[baseline,write]}" || echo "—")" "$(ratio "${M[$n,wall]}" "$(sum "${M[$n,scan]}" "$write")")" \
      "${M[$n,load0]}" "${M[$n,load]}"
  done
  echo
  echo "Plain write: ${M[baseline,write_rows]} in ${M[baseline,write]} s."
  echo
  for n in first rerun; do
    if awk -v w="${M[$n,wall]}" -v p="$PERSONS" 'BEGIN { exit !(w * 1000000 / p < 60) }'; then
      echo "Target (1M persons recomputed in under 60 s), $n run: ${M[$n,wall]} s for $PERSONS persons — **meets** the target."
    else
      echo "Target (1M persons recomputed in under 60 s), $n run: ${M[$n,wall]} s for $PERSONS persons — **misses** the target."
    fi
    echo
  done
  echo "### Interpretation"
  echo
  if [[ -f $BENEFIT_RESULTS ]] && grep -q '<!-- benefits-interpretation -->' "$BENEFIT_RESULTS"; then
    sed -n '/<!-- benefits-interpretation -->/,/<!-- \/benefits-interpretation -->/p' "$BENEFIT_RESULTS"
  else
    printf '<!-- benefits-interpretation -->\n_(to be written from the figures above)_\n<!-- /benefits-interpretation -->\n'
  fi
  echo "<!-- /benefits -->"
}

write_results() {  # the section replaces an earlier one, or is appended
  local new="$WORK/section.md" tmp="$WORK/results.tmp"
  section >"$new"
  if [[ -f $BENEFIT_RESULTS ]] && grep -q '^<!-- benefits -->$' "$BENEFIT_RESULTS"; then
    awk -v f="$new" '$0 == "<!-- benefits -->" { while ((getline l < f) > 0) print l; skip = 1; next }
                     $0 == "<!-- /benefits -->" { skip = 0; next } !skip' "$BENEFIT_RESULTS" >"$tmp"
    mv "$tmp" "$BENEFIT_RESULTS"
  else
    { [[ -s $BENEFIT_RESULTS ]] && echo; cat "$new"; } >>"$BENEFIT_RESULTS"
  fi
}

# ---------------------------------------------------------------- main
main() {
  local t0=$SECONDS
  "$ROOT/scripts/postgres.sh" ensure
  local keep=0
  if (( BENEFIT_KEEP_DB )) && (( $(households_in_db) == BENEFIT_SIZE )); then
    keep=1; ok "keeping $BENEFIT_DB: it holds $BENEFIT_SIZE households"
  else
    fresh_database
  fi
  ensure_keycloak
  build_backend_if_needed
  start_backend   # Flyway creates the schema before the data goes in

  SEEDED="; the database was kept from an earlier run of this script"
  if (( ! keep )); then
    local s0 s1
    s0=$(now)
    DB_HOST=$DB_HOST DB_PORT=$DB_PORT DB_USER=$DB_USER DB_PASSWORD=$DB_PASSWORD \
      "$ROOT/scripts/demo-data.sh" "$BENEFIT_SIZE" "$BENEFIT_DB" >/dev/null
    app_psql -f "$BENCH_DIR/benefits-statuses.sql" >/dev/null
    s1=$(now)
    app_psql -c 'vacuum analyze household' -c 'vacuum analyze household_member' -c 'vacuum analyze household_status_record'
    SEEDED="; seeding took $(secs "$s0" "$s1") s, then VACUUM ANALYZE $(secs "$s1" "$(now)") s"
  fi
  # the first run starts from no entitlements (history included: TRUNCATE, not row deletes)
  app_psql -c 'truncate entitlement_event, entitlement' -c 'vacuum analyze entitlement' -c 'vacuum analyze entitlement_event'
  HOUSEHOLDS=$(app_psql -c 'select count(*) from household')
  PERSONS=$(app_psql -c 'select count(*) from household_member where left_on is null')
  STATUSES=$(app_psql -c "select string_agg(status_end || ' ' || n, ', ' order by status_end) from (select status_end, count(*) as n
    from (select distinct on (household_id) status_end from household_status_record order by household_id, decided_on desc, frozen_at desc) l
    group by status_end) s")
  STATUSES="$STATUSES; $(app_psql -c "select count(*) from household_status_record where escaped_on is not null") with an escape date"
  REFERENCE_DATE=$(TZ=Asia/Ho_Chi_Minh date +%F)
  ok "$HOUSEHOLDS households, $PERSONS persons; $STATUSES"

  log "plain read of the facts, then the first run"
  M[first,scan]=$(read_baseline)
  job_round first
  log "plain read of the facts, then the re-run"
  M[rerun,scan]=$(read_baseline)
  job_round rerun
  log "plain write of the first run's rows"
  write_baseline
  stop_backend
  write_results
  echo
  sed -n '/^| Run/,/^$/p' "$WORK/section.md"
  ok "results in ${BENEFIT_RESULTS#"$ROOT"/} (job bodies in .run/bench-benefit/), $((SECONDS - t0))s in all"
}

main "$@"
