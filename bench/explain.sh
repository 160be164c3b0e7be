#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the household name search as the backend runs it for a district-wide caller (sort CODE,
# page 0, size 20), beside the statements it ran before the word index (migration V20), on the same data:
#   now     HouseholdRepository.search: the bounded statement (the first 1,001 matching households, their count and
#           the page cut from them) and, only when more than 1,000 households match, the ordered page statement
#   before  the trigram search it replaced (commit 8253656): a page statement with name_key LIKE '%…%' and a count
#           that stops at 1,001, on the tables as they were: the name_words columns, their index and triggers are
#           dropped, the name_key column, its trigram index and statistics (V3, V5) recreated — on a copy of the
#           database (BENCH_DB_before), dropped at the end, so BENCH_DB stays as the backend left it.
# Statements are prepared with the parameter types the JDBC driver sends and planned as each backend plans them
# (new-connection-sql in application.properties: plan_cache_mode = force_custom_plan, no parallel workers, and now
# random_page_cost = 1.1), so every execution is planned: the times quoted are planning + execution, the median of
# three runs after one warm-up run.
#   bench/explain.sh TERMS_FILE PLANS_OUT SUMMARY_OUT
#     TERMS_FILE   lines "kind|term" (bench/run.sh writes .run/bench/search-terms.txt); the first term of each kind
#                  is explained, then the first full name with its last word cut short ("half-typed") and the
#                  common family name "nguyen"
#     PLANS_OUT    full plans (text)
#     SUMMARY_OUT  a markdown table of the times
# Environment: BENCH_DB (giamngheo_bench), DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, DB_ADMIN_URL (as for scripts/postgres.sh).
set -euo pipefail
TERMS=${1:?terms file}
PLANS=${2:?plans output}
SUMMARY=${3:?summary output}
BENCH_DB=${BENCH_DB:-giamngheo_bench}
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
source "$BENCH_DIR/../scripts/lib.sh"   # ROOT, log/ok/warn/die
source "$BENCH_DIR/backend.sh"          # DB_* defaults, admin_psql, app_psql (on BENCH_DATABASE)
check_bench_database BENCH_DB
BENCH_DATABASE=$BENCH_DB
BEFORE_DB="${BENCH_DB}_before"
drop_before_db() { admin_psql postgres -c "drop database if exists \"$BEFORE_DB\" with (force)"; }
trap drop_before_db EXIT

# ---- now: the statements as HouseholdRepository.search builds them ($1 archived, $2 q, $3 limit, $4 offset)
NOW_SETTINGS="set plan_cache_mode = force_custom_plan; set max_parallel_workers_per_gather = 0; set random_page_cost = 1.1;"
COLUMNS="h.id, h.code, h.commune_code, h.hamlet_code, h.address, h.head_name, h.member_count, h.archived_at, h.updated_at"
WHERE="where (h.archived_at is not null) = \$1 and h.name_words @@ gn_name_query(\$2) and (numnode(gn_name_query(\$2)) <= 1 or exists (select from household_member m where m.household_id = h.id and m.left_on is null and m.name_words @@ gn_name_query(\$2)))"
ORDER="order by h.code, h.id"
page_of() { echo "select h.id, h.code, h.commune_code, c.name as commune_name, h.hamlet_code, hm.name as hamlet_name, h.address, h.head_name, h.member_count, h.archived_at is not null as archived, h.updated_at from $1 h join area c on c.code = h.commune_code join area hm on hm.code = h.hamlet_code"; }
BOUNDED="with hit as materialized (select $COLUMNS from household h $WHERE limit 1001) select n.matched, h.* from (select count(*) as matched from hit) n left join ($(page_of "(select * from hit h $ORDER limit \$3 offset \$4)")) h on true $ORDER"
ORDERED="$(page_of "(select $COLUMNS from household h $WHERE $ORDER limit \$3 offset \$4)") $ORDER"
FOUND="select count(*) from household h $WHERE"

# ---- before: the trigram search (commit 8253656)
BEFORE_SETTINGS="set plan_cache_mode = force_custom_plan; set max_parallel_workers_per_gather = 0;"
OWHERE="where (h.archived_at is not null) = \$1 and h.id in (select m.household_id from household_member m where m.left_on is null and m.name_key like '%' || gn_search_key(\$2) || '%')"
OPAGE="select h.id, h.code, h.commune_code, c.name as commune_name, h.hamlet_code, hm.name as hamlet_name, h.address, h.head_name, h.member_count, h.archived_at is not null, h.updated_at from household h join area c on c.code = h.commune_code join area hm on hm.code = h.hamlet_code $OWHERE $ORDER limit \$3 offset \$4"
OCOUNT="select count(*) from (select 1 from household h $OWHERE limit 1001) matches"
OFOUND="select count(*) from household h $OWHERE"

declare -a KINDS=() WORDS=()
while IFS='|' read -r kind term; do
  [[ -n $kind && -n $term ]] || continue
  [[ " ${KINDS[*]-} " == *" ${kind// /_} "* ]] && continue
  KINDS+=("${kind// /_}"); WORDS+=("$term")
done <"$TERMS"
for i in "${!KINDS[@]}"; do  # the last word loses two letters, keeping one at least
  if [[ ${KINDS[i]} == full_name ]]; then
    last=${WORDS[i]##* } cut=$(( ${#last} > 2 ? 2 : ${#last} - 1 ))
    KINDS+=(half-typed); WORDS+=("${WORDS[i]:0:${#WORDS[i]}-cut}"); break
  fi
done
KINDS+=(common_name); WORDS+=(nguyen)

# median of the runs' planning + execution times
med_time() {
  awk '/Planning Time:/ { p = $3 } /Execution Time:/ { print p + $3 }' "$1" | sort -n |
    awk '{ t[NR] = $1 } END { printf "%.1f", t[int((NR + 1) / 2)] }'
}

explain_one() {  # explain_one TERM TITLE SETTINGS PREPARE -> prints the median time (ms), appends the last plan to PLANS
  local term=$1 title=$2 settings=$3 prep=$4 out
  out=$(mktemp)
  app_psql -v raw="$term" >"$out" <<SQL
$settings
$prep;
\\o /dev/null
execute s(false, :'raw', 20, 0);
\\o
explain (analyze, buffers) execute s(false, :'raw', 20, 0);
explain (analyze, buffers) execute s(false, :'raw', 20, 0);
explain (analyze, buffers) execute s(false, :'raw', 20, 0);
SQL
  med_time "$out"
  { echo "==== \"$term\": $title (last of three; median planning + execution $(med_time "$out") ms)"
    awk 'seen == 2; /Execution Time:/ { seen++ }' "$out"; echo; } >>"$PLANS"
  rm -f "$out"
}

found() {  # found TERM STATEMENT
  app_psql -v raw="$1" <<SQL
prepare s(boolean, varchar) as $2;
execute s(false, :'raw');
SQL
}
sum() { awk -v a="$1" -v b="${2:-0}" 'BEGIN { printf "%.1f", a + b }'; }

: >"$PLANS"
declare -A NOW=() NFOUND=()
for i in "${!KINDS[@]}"; do
  term=${WORDS[i]}
  NFOUND[$i]=$(found "$term" "$FOUND")
  b=$(explain_one "$term" "now: bounded statement" "$NOW_SETTINGS" "prepare s(boolean, varchar, int, bigint) as $BOUNDED")
  if (( NFOUND[$i] > 1000 )); then
    o=$(explain_one "$term" "now: ordered page statement" "$NOW_SETTINGS" "prepare s(boolean, varchar, int, bigint) as $ORDERED")
    NOW[$i]="$b ms | $o ms | $(sum "$b" "$o") ms"
  else
    NOW[$i]="$b ms | – | $b ms"
  fi
done

# the tables as they were, on a copy (no session may be open on BENCH_DB while it is copied: the backend is stopped)
drop_before_db
admin_psql postgres -c "create database \"$BEFORE_DB\" template \"$BENCH_DB\" owner \"$DB_USER\""
BENCH_DATABASE=$BEFORE_DB
app_psql -c 'alter table household drop column name_words' -c 'vacuum full household' \
         -c 'drop trigger household_member_inserted on household_member' \
         -c 'drop trigger household_member_updated on household_member' \
         -c 'drop trigger household_member_deleted on household_member' \
         -c 'alter table household_member drop column name_words' \
         -c 'alter table household_member add column name_key text generated always as (gn_search_key(full_name)) stored' \
         -c 'create index ix_member_name_trgm on household_member using gin (name_key gin_trgm_ops) where left_on is null' \
         -c 'alter table household_member alter column name_key set statistics 1000' -c 'vacuum analyze household_member'
{
  echo "| Term | Kind | Households found before → now | Before: page | Before: count ≤ 1001 | Before: total | Now: bounded (count + page) | Now: ordered page (> 1,000 found) | Now: total |"
  echo "|---|---|--:|--:|--:|--:|--:|--:|--:|"
} >"$SUMMARY"
for i in "${!KINDS[@]}"; do
  term=${WORDS[i]}
  p=$(explain_one "$term" "before: trigram page statement" "$BEFORE_SETTINGS" "prepare s(boolean, varchar, int, bigint) as $OPAGE")
  c=$(explain_one "$term" "before: trigram count statement (bounded)" "$BEFORE_SETTINGS" "prepare s(boolean, varchar, int, bigint) as $OCOUNT")
  echo "| $term | ${KINDS[i]//_/ } | $(found "$term" "$OFOUND") → ${NFOUND[$i]} | $p ms | $c ms | $(sum "$p" "$c") ms | ${NOW[$i]} |" >>"$SUMMARY"
done
