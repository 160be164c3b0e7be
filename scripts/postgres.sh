#!/usr/bin/env bash
# PostgreSQL for the local stack.
#   scripts/postgres.sh ensure      start/use the server; create role giamngheo and databases
#                                    giamngheo, giamngheo_test, giamngheo_e2e with unaccent + pg_trgm
#   scripts/postgres.sh reset-e2e   drop and recreate giamngheo_e2e
#   scripts/postgres.sh reset [DB]  drop and recreate DB (default giamngheo: the make run database)
#   scripts/postgres.sh status      show what is there
#   scripts/postgres.sh psql [DB]   open psql as the application role
#   scripts/postgres.sh admin-sql DB ARGS...   run psql on DB as a superuser (-Atq, stop on error), e.g. -c 'drop …'
# Environment:
#   DB_HOST, DB_PORT        a server elsewhere (default: the local server on 127.0.0.1:5432)
#   DB_ADMIN_URL            superuser connection URL for that server (e.g. postgresql://postgres:pw@host:5432/postgres);
#                           without it the local server is administered over its socket as user postgres
#   DB_USER, DB_PASSWORD    application role (default giamngheo / giamngheo — local development only)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-giamngheo}
DB_PASSWORD=${DB_PASSWORD:-giamngheo}
DATABASES=(giamngheo giamngheo_test giamngheo_e2e)
EXTENSIONS=(unaccent pg_trgm)

is_local() { [[ -z ${DB_ADMIN_URL:-} && ( $DB_HOST == 127.0.0.1 || $DB_HOST == localhost || $DB_HOST == ::1 ) ]]; }

# Start the Debian cluster when it is installed but stopped; explain what to install when it is absent.
start_local_server() {
  if pg_isready -h "$DB_HOST" -p "$DB_PORT" -q 2>/dev/null; then return 0; fi
  if ! command -v pg_lsclusters >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    die "no PostgreSQL server on $DB_HOST:$DB_PORT and none installed.
       Install one:  apt-get install -y postgresql     (Debian 12 ships PostgreSQL 15)
       or point at a server:  DB_HOST=… DB_PORT=… DB_ADMIN_URL=postgresql://postgres:…@…/postgres"
  fi
  local ver cluster
  while read -r ver cluster _; do
    log "starting PostgreSQL cluster $ver/$cluster"
    pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" start || true   # exit 2 = already running
  done < <(pg_lsclusters -h | awk -v p="$DB_PORT" '$3 == p')
  if ! pg_lsclusters -h | awk -v p="$DB_PORT" '$3 == p {f=1} END {exit !f}'; then
    die "PostgreSQL is installed but no cluster listens on port $DB_PORT (pg_lsclusters shows: $(pg_lsclusters -h | awk '{print $1"/"$2":"$3}' | xargs))"
  fi
  local i
  for i in $(seq 30); do pg_isready -h "$DB_HOST" -p "$DB_PORT" -q && return 0; sleep 1; done
  die "PostgreSQL did not become ready on $DB_HOST:$DB_PORT (see /var/log/postgresql/)"
}

# Pick the way to run psql as a superuser, once.
ADMIN=()
pick_admin() {
  ((${#ADMIN[@]})) && return 0
  if [[ -n ${DB_ADMIN_URL:-} ]]; then
    ADMIN=(psql "$DB_ADMIN_URL")
  elif is_local && [[ $(id -un) == postgres ]]; then
    ADMIN=(psql -p "$DB_PORT")
  elif is_local && [[ $(id -u) == 0 ]] && id postgres >/dev/null 2>&1; then
    ADMIN=(runuser -u postgres -- psql -p "$DB_PORT")          # over the socket, peer/trust auth
  elif psql -h "$DB_HOST" -p "$DB_PORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    ADMIN=(psql -h "$DB_HOST" -p "$DB_PORT" -U postgres)        # trust auth or PGPASSWORD
  elif is_local && command -v sudo >/dev/null; then
    ADMIN=(sudo -u postgres psql -p "$DB_PORT")
  else
    die "cannot connect to $DB_HOST:$DB_PORT as a superuser; set DB_ADMIN_URL=postgresql://USER:PASSWORD@$DB_HOST:$DB_PORT/postgres"
  fi
  admin_sql postgres -c 'select 1' >/dev/null || die "superuser connection failed (${ADMIN[0]} …)"
}

admin_sql() {  # admin_sql DB SQL...
  local db=$1; shift
  local PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"; export PGOPTIONS
  if [[ -n ${DB_ADMIN_URL:-} ]]; then
    # replace the database in the URL's path
    local url=${DB_ADMIN_URL%%\?*} query=
    [[ $DB_ADMIN_URL == *\?* ]] && query="?${DB_ADMIN_URL#*\?}"
    psql "${url%/*}/$db$query" -v ON_ERROR_STOP=1 -Atq "$@"
  else
    "${ADMIN[@]}" -d "$db" -v ON_ERROR_STOP=1 -Atq "$@"
  fi
}

ensure_role() {
  local exists
  exists=$(admin_sql postgres -c "select 1 from pg_roles where rolname = '$DB_USER'")
  # psql variables keep the password out of the process list and quote it safely
  if [[ -z $exists ]]; then
    log "creating role $DB_USER"
    admin_sql postgres -v user="$DB_USER" -v pw="$DB_PASSWORD" <<'SQL'
set password_encryption = 'scram-sha-256';
create role :"user" login password :'pw';
SQL
  else
    admin_sql postgres -v user="$DB_USER" -v pw="$DB_PASSWORD" <<'SQL'
set password_encryption = 'scram-sha-256';
alter role :"user" with login password :'pw';
SQL
  fi
}

ensure_database() {
  local db=$1 ext
  if [[ -z $(admin_sql postgres -c "select 1 from pg_database where datname = '$db'") ]]; then
    log "creating database $db"
    admin_sql postgres -c "create database \"$db\" owner \"$DB_USER\" encoding 'UTF8' template template0"
  else
    admin_sql postgres -c "alter database \"$db\" owner to \"$DB_USER\""
  fi
  for ext in "${EXTENSIONS[@]}"; do
    admin_sql "$db" -c "create extension if not exists $ext"
  done
}

check_app_login() {
  local db=$1
  PGPASSWORD=$DB_PASSWORD psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$db" -Atqc 'select 1' >/dev/null \
    || die "role $DB_USER cannot log in to $db on $DB_HOST:$DB_PORT over TCP (check pg_hba.conf)"
}

cmd_ensure() {
  is_local && start_local_server
  pick_admin
  ensure_role
  local db
  for db in "${DATABASES[@]}"; do ensure_database "$db"; done
  for db in "${DATABASES[@]}"; do check_app_login "$db"; done
  ok "PostgreSQL $DB_HOST:$DB_PORT: role $DB_USER, databases ${DATABASES[*]} (extensions ${EXTENSIONS[*]})"
}

cmd_reset() {  # cmd_reset DB
  local db=$1
  [[ " ${DATABASES[*]} " == *" $db "* ]] || die "reset works on ${DATABASES[*]} only, not '$db'"
  is_local && start_local_server
  pick_admin
  ensure_role
  log "recreating database $db"
  admin_sql postgres -c "drop database if exists \"$db\" with (force)"
  ensure_database "$db"
  check_app_login "$db"
  ok "$db is empty"
}

cmd_status() {
  if pg_isready -h "$DB_HOST" -p "$DB_PORT" -q 2>/dev/null; then
    echo "PostgreSQL: ready on $DB_HOST:$DB_PORT"
  else
    echo "PostgreSQL: not reachable on $DB_HOST:$DB_PORT"; return 1
  fi
  local db
  for db in "${DATABASES[@]}"; do
    if PGPASSWORD=$DB_PASSWORD psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$db" -Atqc 'select 1' >/dev/null 2>&1; then
      echo "  $db: ok ($(PGPASSWORD=$DB_PASSWORD psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$db" -Atqc \
        "select string_agg(extname, ',' order by extname) from pg_extension where extname in ('unaccent','pg_trgm')"))"
    else
      echo "  $db: missing or no access (run scripts/postgres.sh ensure)"
    fi
  done
}

case ${1:-} in
  ensure) cmd_ensure ;;
  reset-e2e) cmd_reset giamngheo_e2e ;;
  reset) cmd_reset "${2:-giamngheo}" ;;
  status) cmd_status ;;
  admin-sql) [[ -n ${2:-} ]] || die "admin-sql needs a database"; pick_admin; admin_sql "${@:2}" ;;
  psql) shift; PGPASSWORD=$DB_PASSWORD exec psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "${1:-giamngheo}" "${@:2}" ;;
  *) echo "usage: $0 {ensure|reset-e2e|reset [DB]|status|psql [DB]|admin-sql DB ARGS...}" >&2; exit 2 ;;
esac
