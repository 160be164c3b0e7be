#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the household search as the backend runs it for a district-wide caller:
# the page statement and the count statement of HouseholdRepository.search (default sort CODE, page 0, size 20),
# prepared with the same parameter types the JDBC driver sends, once with a custom plan and once with the generic
# plan (the driver prepares statements on the server, and PostgreSQL may switch to the generic plan after five runs);
# then the same search without the OR between code and name, and the proposed fix (see below), for comparison.
#   bench/explain.sh TERMS_FILE PLANS_OUT SUMMARY_OUT
#     TERMS_FILE   lines "kind|term" (bench/run.sh writes .run/bench/search-terms.txt); the first term of each kind
#                  is explained, and the common family name "nguyen"
#     PLANS_OUT    full plans (text)
#     SUMMARY_OUT  a markdown table of execution times
# Environment: BENCH_DB (giamngheo_bench), DB_HOST, DB_PORT, DB_USER, DB_PASSWORD.
set -euo pipefail
TERMS=${1:?terms file}
PLANS=${2:?plans output}
SUMMARY=${3:?summary output}
BENCH_DB=${BENCH_DB:-giamngheo_bench}
app_psql() {
  PGPASSWORD=${DB_PASSWORD:-giamngheo} psql -h "${DB_HOST:-127.0.0.1}" -p "${DB_PORT:-5432}" -U "${DB_USER:-giamngheo}" \
    -d "$BENCH_DB" -v ON_ERROR_STOP=1 -Atq "$@"
}

# the statements as HouseholdRepository.search builds them when the caller sees every commune and q is given
WHERE="where (h.archived_at is not null) = \$1 and (h.code = \$2 or h.id in (select m.household_id from household_member m where m.left_on is null and m.name_key like '%' || gn_search_key(\$3) || '%'))"
PAGE="select h.id, h.code, h.commune_code, c.name as commune_name, h.hamlet_code, hm.name as hamlet_name, h.address, h.head_name, h.member_count, h.archived_at is not null, h.updated_at from household h join area c on c.code = h.commune_code join area hm on hm.code = h.hamlet_code $WHERE order by h.code, h.id limit \$4 offset \$5"
COUNT="select count(*) from household h $WHERE"

declare -a KINDS=() WORDS=()
while IFS='|' read -r kind term; do
  [[ -n $kind && -n $term ]] || continue
  [[ " ${KINDS[*]-} " == *" ${kind// /_} "* ]] && continue
  KINDS+=("${kind// /_}"); WORDS+=("$term")
done <"$TERMS"
KINDS+=(common_name); WORDS+=(nguyen)

# the same search without the OR: name match only (a household code would be looked up on its own, by the unique
# index on code), and a count that stops at 1001
NWHERE="where (h.archived_at is not null) = \$1 and h.id in (select m.household_id from household_member m where m.left_on is null and m.name_key like '%' || gn_search_key(\$2) || '%')"
NPAGE="select h.id, h.code, h.commune_code, c.name as commune_name, h.hamlet_code, hm.name as hamlet_name, h.address, h.head_name, h.member_count, h.archived_at is not null, h.updated_at from household h join area c on c.code = h.commune_code join area hm on hm.code = h.hamlet_code $NWHERE order by h.code, h.id limit \$3 offset \$4"
NCOUNT="select count(*) from household h $NWHERE"
NBOUNDED="select count(*) from (select 1 from household h $NWHERE limit 1001) s"

: >"$PLANS"
{
  echo "| Term | Kind | Households found | Page | Count | Page, generic | Count, generic | Page, no OR | Count, no OR | Page, proposed | Count ≤ 1001, proposed | Page, proposed, generic |"
  echo "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
} >"$SUMMARY"

# median of the runs' execution times
exec_time() { awk '/Execution Time:/ { print $3 }' "$1" | sort -n | awk '{ t[NR] = $1 } END { printf "%.1f", t[int((NR + 1) / 2)] }'; }

explain_one() {  # explain_one TERM TITLE MODE PREPARE ARGS [SETTINGS] -> prints the median execution time (ms), appends the last plan
  local term=$1 title=$2 mode=$3 prep=$4 args=$5 settings=${6:-} out
  out=$(mktemp)
  # run once unexplained (warm cache), then explain three times (the machine is shared: the median is quoted)
  app_psql -v raw="$term" >"$out" <<SQL
set plan_cache_mode = force_${mode}_plan;
$settings
$prep;
\\o /dev/null
execute s$args;
\\o
explain (analyze, buffers) execute s$args;
explain (analyze, buffers) execute s$args;
explain (analyze, buffers) execute s$args;
SQL
  exec_time "$out"
  { echo "==== \"$term\": $title, $mode plan (last of three; median $(exec_time "$out") ms)"
    awk 'seen == 2; /Execution Time:/ { seen++ }' "$out"; echo; } >>"$PLANS"
  rm -f "$out"
}

declare -A ROW=()
for i in "${!KINDS[@]}"; do
  kind=${KINDS[i]//_/ } term=${WORDS[i]}
  found=$(app_psql -v raw="$term" <<SQL
prepare s(boolean, varchar, varchar) as $COUNT;
execute s(false, :'raw', :'raw');
SQL
)
  row="| $term | $kind | $found"
  for mode in custom generic; do
    row+=" | $(explain_one "$term" "page statement" $mode "prepare s(boolean, varchar, varchar, int, int) as $PAGE" "(false, :'raw', :'raw', 20, 0)") ms"
    row+=" | $(explain_one "$term" "count statement" $mode "prepare s(boolean, varchar, varchar) as $COUNT" "(false, :'raw', :'raw')") ms"
  done
  row+=" | $(explain_one "$term" "page statement without OR" custom "prepare s(boolean, varchar, int, int) as $NPAGE" "(false, :'raw', 20, 0)") ms"
  row+=" | $(explain_one "$term" "count statement without OR" custom "prepare s(boolean, varchar) as $NCOUNT" "(false, :'raw')") ms"
  ROW[$i]=$row
done

# proposed: no OR; finer statistics on name_key, so LIKE estimates come close to the real match counts (default: 100
# histogram entries); no parallel workers for this request-path statement (a Gather Merge over the code index
# overshoots the 20 rows it needs); a count that stops at 1001. This database is thrown away by the next run.
app_psql -c 'alter table household_member alter column name_key set statistics 1000' -c 'analyze household_member'
PROPOSED='set max_parallel_workers_per_gather = 0;'
for i in "${!KINDS[@]}"; do
  term=${WORDS[i]} row=${ROW[$i]}
  row+=" | $(explain_one "$term" "proposed page statement" custom "prepare s(boolean, varchar, int, int) as $NPAGE" "(false, :'raw', 20, 0)" "$PROPOSED") ms"
  row+=" | $(explain_one "$term" "proposed count statement (bounded)" custom "prepare s(boolean, varchar) as $NBOUNDED" "(false, :'raw')" "$PROPOSED") ms"
  row+=" | $(explain_one "$term" "proposed page statement" generic "prepare s(boolean, varchar, int, int) as $NPAGE" "(false, :'raw', 20, 0)" "$PROPOSED") ms"
  echo "$row |" >>"$SUMMARY"
done
