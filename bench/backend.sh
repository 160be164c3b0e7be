# The backend a benchmark measures: the packaged jar, rebuilt when its sources are newer, started on its own port
# against a benchmark database; the benchmark database itself; and a demo user's token, obtained as the SPA logs in.
# Sourced by the bench/*.sh scripts after scripts/lib.sh; they set PIDFILE, LOGFILE, API, WORK and BENCH_DATABASE.

DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-giamngheo}
DB_PASSWORD=${DB_PASSWORD:-giamngheo}
BACKEND_DIR="$ROOT/backend"
JAR="$BACKEND_DIR/target/quarkus-app/quarkus-run.jar"

# check_bench_database VARIABLE — the database a benchmark drops and recreates: a plain name, and none of the stack's
check_bench_database() {
  local db=${!1}
  [[ $db =~ ^[a-z_][a-z0-9_]*$ ]] || die "$1 must be a plain lower-case name"
  [[ $db == giamngheo || $db == giamngheo_test || $db == giamngheo_e2e ]] && die "$db belongs to the stack"
  return 0
}

admin_psql() { "$ROOT/scripts/postgres.sh" admin-sql "$@"; }  # admin_psql DB ARGS... as a superuser

# app_psql ARGS... on BENCH_DATABASE as the application's role
app_psql() {
  PGPASSWORD=$DB_PASSWORD PGOPTIONS="-c client_min_messages=warning" \
    psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$BENCH_DATABASE" -v ON_ERROR_STOP=1 -Atq "$@"
}

households_in_db() { app_psql -c 'select count(*) from household' 2>/dev/null || echo 0; }

fresh_database() {
  log "recreating database $BENCH_DATABASE (owner $DB_USER, extensions unaccent and pg_trgm)"
  admin_psql postgres -c "drop database if exists \"$BENCH_DATABASE\" with (force)"
  admin_psql postgres -c "create database \"$BENCH_DATABASE\" owner \"$DB_USER\" encoding 'UTF8' template template0"
  admin_psql "$BENCH_DATABASE" -c 'create extension if not exists unaccent' -c 'create extension if not exists pg_trgm'
  app_psql -c 'select 1' >/dev/null || die "role $DB_USER cannot log in to $BENCH_DATABASE over TCP"
}

build_backend_if_needed() {
  if [[ -f $JAR && -z $(find "$BACKEND_DIR/pom.xml" "$BACKEND_DIR/src/main" -newer "$JAR" -print -quit 2>/dev/null) ]]; then
    ok "backend jar is up to date"; return 0
  fi
  local mvn=mvn; [[ -x $BACKEND_DIR/mvnw ]] && mvn=./mvnw
  log "building the backend ($mvn -B -q -DskipTests package)"
  (cd "$BACKEND_DIR" && "$mvn" -B -q -DskipTests package) || die "backend build failed"
  [[ -f $JAR ]] || die "the build did not produce ${JAR#"$ROOT"/}"
}

# start_bench_backend NAME PORT_VARIABLE DB XMX — NAME labels the process in messages ("backend (bench)")
start_bench_backend() {
  local name=$1 port_var=$2 db=$3 xmx=$4
  local port=${!port_var}
  stop_pid "$PIDFILE" "$name left from an earlier run" quarkus-run
  port_busy "$port" && die "port $port is taken by another process; set $port_var"
  log "starting the backend on :$port against $db (-Xmx$xmx; log ${LOGFILE#"$ROOT"/})"
  QUARKUS_HTTP_PORT=$port \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$db" \
  QUARKUS_DATASOURCE_USERNAME=$DB_USER QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD \
  QUARKUS_OIDC_AUTH_SERVER_URL=http://localhost:8180/realms/giamngheo \
    start_bg "$PIDFILE" "$LOGFILE" "$BACKEND_DIR" "${BENCH_JAVA:-java}" "-Xmx$xmx" -jar "$JAR"
  STARTED_BACKEND=1
  wait_http "$API/q/health/ready" 120 "$name" "$PIDFILE" "$LOGFILE"
}

KC_REALM=${KC_REALM:-http://localhost:8180/realms/giamngheo/protocol/openid-connect}
KC_PASSWORD=${KC_PASSWORD:-demo1234}   # demo users' password, local development only (docs/development.md)
SPA_REDIRECT=http://localhost:5173/    # a registered redirect of giamngheo-spa; nothing needs to listen there
IMPORTER_SECRET=${IMPORTER_SECRET:-dev-importer-secret}   # the realm's development secret (README)

# importer_token -> an access token of the importer client (client credentials); tokens live 300 s, so ask per use
importer_token() {
  curl -fsS --max-time 10 "$KC_REALM/token" -d grant_type=client_credentials -d client_id=importer \
    --data-urlencode "client_secret=$IMPORTER_SECRET" | jq -r .access_token
}

# spa_login USER -> access token on stdout. The SPA's login, scripted (authorization code + PKCE through Keycloak's
# login form): staff permissions belong to people, and no service account holds them.
spa_login() {
  local user=$1 verifier challenge jar page action location code body
  verifier=$(head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
  challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')
  jar="$WORK/cookies-$user.txt"; : >"$jar"
  page=$(curl -fsS --max-time 10 -c "$jar" -b "$jar" -G "$KC_REALM/auth" --data-urlencode client_id=giamngheo-spa \
           --data-urlencode response_type=code --data-urlencode scope=openid --data-urlencode "redirect_uri=$SPA_REDIRECT" \
           --data-urlencode "code_challenge=$challenge" --data-urlencode code_challenge_method=S256 --data-urlencode state=bench) \
    || die "no login page from $KC_REALM/auth"
  action=$(grep -o 'id="kc-form-login"[^>]*' <<<"$page" | grep -o 'action="[^"]*"' | sed 's/^action="//; s/"$//; s/&amp;/\&/g')
  [[ -n $action ]] || die "the login page has no form kc-form-login"
  location=$(curl -sS --max-time 10 -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
               --data-urlencode "username=$user" --data-urlencode "password=$KC_PASSWORD" "$action")
  code=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$location")
  [[ -n $code ]] || die "login as $user did not redirect with a code (got '$location')"
  body=$(curl -fsS --max-time 10 "$KC_REALM/token" -d grant_type=authorization_code -d client_id=giamngheo-spa \
           --data-urlencode "code=$code" --data-urlencode "redirect_uri=$SPA_REDIRECT" --data-urlencode "code_verifier=$verifier") \
    || die "the code was not exchanged for a token"
  body=$(jq -r .access_token <<<"$body")
  [[ -n $body && $body != null ]] || die "token response without access_token"
  printf '%s\n' "$body"
}
