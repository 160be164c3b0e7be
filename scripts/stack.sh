#!/usr/bin/env bash
# The whole local stack: PostgreSQL, Keycloak, backend, SPA (ports in docs/development.md).
#   scripts/stack.sh up run [--attach]   :8080 backend on giamngheo, Vite dev server on :5173, demo data;
#                                         --attach stays in the foreground tailing logs; Ctrl-C stops what it started
#   scripts/stack.sh up e2e              fresh giamngheo_e2e, :8081 backend, built SPA served on :5174
#   scripts/stack.sh down [run|e2e|all]  stop what these scripts started (pid files in .run/); default all
#   scripts/stack.sh status
# Running `up` twice is harmless: running, healthy pieces are reused.
# Environment: DB_HOST, DB_PORT, DB_PASSWORD (see scripts/postgres.sh), SIZE (demo households, run: 3000),
#   BACKEND_JAVA (java binary for the backend, default `java` on PATH), BACKEND_TIMEOUT (120 s).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-giamngheo}
DB_PASSWORD=${DB_PASSWORD:-giamngheo}
KC_REALM_URL=http://localhost:8180/realms/giamngheo
BACKEND_DIR="$ROOT/backend"
FRONTEND_DIR="$ROOT/frontend"
JAR="$BACKEND_DIR/target/quarkus-app/quarkus-run.jar"
BACKEND_TIMEOUT=${BACKEND_TIMEOUT:-120}
STARTED=()   # pieces started by this invocation, for --attach

mode_vars() {  # sets the per-mode settings
  case $1 in
    run) API_PORT=8080 DB_NAME=giamngheo SPA_PORT=5173 ;;
    e2e) API_PORT=8081 DB_NAME=giamngheo_e2e SPA_PORT=5174 ;;
    *) die "unknown mode '$1' (run or e2e)" ;;
  esac
  API_URL=http://localhost:$API_PORT
  SPA_URL=http://localhost:$SPA_PORT
}

# ---------------------------------------------------------------- backend
backend_needs_build() {
  [[ ! -f $JAR ]] && return 0
  [[ -n $(find "$BACKEND_DIR/pom.xml" "$BACKEND_DIR/src/main" -newer "$JAR" -print -quit 2>/dev/null) ]]
}

build_backend() {
  local mvn
  if [[ -x $BACKEND_DIR/mvnw ]]; then mvn=./mvnw
  elif command -v mvn >/dev/null; then mvn=mvn
  else die "neither backend/mvnw nor mvn found"; fi
  log "building the backend ($mvn -q -DskipTests package)"
  local t0=$SECONDS
  (cd "$BACKEND_DIR" && "$mvn" -B -q -DskipTests package) || die "backend build failed"
  [[ -f $JAR ]] || die "backend build did not produce ${JAR#"$ROOT"/}"
  ok "backend built in $((SECONDS - t0))s"
}

start_backend() {  # start_backend MODE
  local mode=$1 pidfile="$RUN_DIR/backend-$1.pid" logfile="$RUN_DIR/backend-$1.log" health
  health="$API_URL/q/health/ready"
  [[ -f $BACKEND_DIR/pom.xml ]] || die "backend/pom.xml is missing"
  if backend_needs_build; then
    if pid_alive "$pidfile" quarkus-run; then
      log "backend sources changed: stopping the running backend before rebuilding"
      stop_pid "$pidfile" "backend ($mode)" quarkus-run
    fi
    local other=run; [[ $mode == run ]] && other=e2e
    pid_alive "$RUN_DIR/backend-$other.pid" quarkus-run && warn "the $other backend is running from the jar being rebuilt"
    build_backend
  fi
  if pid_alive "$pidfile" quarkus-run; then
    if http_ok "$health"; then ok "backend ($mode) already running on :$API_PORT (pid $(<"$pidfile"))"; return 0; fi
    wait_http "$health" "$BACKEND_TIMEOUT" "backend ($mode)" "$pidfile" "$logfile"; return 0
  fi
  if port_busy "$API_PORT"; then
    if http_ok "$health"; then warn "a backend not started by these scripts answers on :$API_PORT; using it"; return 0; fi
    die "port $API_PORT is taken by another process"
  fi
  local cors="$SPA_URL"
  [[ $mode == run ]] && cors="http://localhost:5173,http://localhost:5174"
  log "starting the backend ($mode) on :$API_PORT against database $DB_NAME (log .run/backend-$mode.log)"
  local t0=$SECONDS
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" \
  QUARKUS_DATASOURCE_USERNAME="$DB_USER" QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD" \
  QUARKUS_OIDC_AUTH_SERVER_URL="$KC_REALM_URL" QUARKUS_HTTP_PORT="$API_PORT" \
  GIAMNGHEO_CORS_ORIGINS="${GIAMNGHEO_CORS_ORIGINS:-$cors}" \
    start_bg "$pidfile" "$logfile" "$BACKEND_DIR" "${BACKEND_JAVA:-java}" -jar "$JAR"
  STARTED+=("backend-$mode")
  wait_http "$health" "$BACKEND_TIMEOUT" "backend ($mode)" "$pidfile" "$logfile"
  ok "backend ($mode) started in $((SECONDS - t0))s"
}

app_psql() { PGPASSWORD=$DB_PASSWORD psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -v ON_ERROR_STOP=1 -Atq "$@"; }

load_demo_data() {  # load_demo_data SIZE
  local size=$1 count
  if [[ ! -f $ROOT/scripts/demo-data.sql ]]; then
    warn "scripts/demo-data.sql not found: skipping demo data"; return 0
  fi
  if [[ -z $(app_psql -c "select to_regclass('public.household')") ]]; then
    warn "table household not found in $DB_NAME: skipping demo data"; return 0
  fi
  count=$(app_psql -c 'select count(*) from household')
  if (( count > 0 )); then ok "$DB_NAME already has $count households: demo data not reloaded"; return 0; fi
  DB_HOST=$DB_HOST DB_PORT=$DB_PORT DB_USER=$DB_USER DB_PASSWORD=$DB_PASSWORD \
    "$ROOT/scripts/demo-data.sh" "$size" "$DB_NAME"
}

# ---------------------------------------------------------------- frontend
frontend_deps() { "$ROOT/scripts/frontend-deps.sh"; }

write_config() {  # write_config FILE
  local file=$1 content
  content=$(cat <<JS
window.__GIAMNGHEO_CONFIG__ = {
  apiBaseUrl: "$API_URL",
  oidcAuthority: "$KC_REALM_URL",
  oidcClientId: "giamngheo-spa"
};
JS
)
  if [[ ! -f $file || $(<"$file") != "$content" ]]; then
    printf '%s\n' "$content" >"$file"
    log "wrote ${file#"$ROOT"/} (apiBaseUrl $API_URL)"
  fi
}

start_frontend_run() {
  local pidfile="$RUN_DIR/frontend-run.pid" logfile="$RUN_DIR/frontend-run.log"
  [[ -f $FRONTEND_DIR/package.json ]] || die "frontend/package.json is missing"
  frontend_deps
  write_config "$FRONTEND_DIR/public/config.js"
  if pid_alive "$pidfile" vite && http_ok "$SPA_URL/"; then
    ok "SPA dev server already running on :$SPA_PORT (pid $(<"$pidfile"))"; return 0
  fi
  stop_pid "$pidfile" "SPA dev server" vite
  if port_busy "$SPA_PORT"; then
    if http_ok "$SPA_URL/config.js"; then warn "something not started by these scripts serves :$SPA_PORT; using it"; return 0; fi
    die "port $SPA_PORT is taken by another process"
  fi
  log "starting the Vite dev server on :$SPA_PORT (log .run/frontend-run.log)"
  start_bg "$pidfile" "$logfile" "$FRONTEND_DIR" node_modules/.bin/vite --port "$SPA_PORT" --strictPort
  STARTED+=(frontend-run)
  wait_http "$SPA_URL/" 60 "SPA dev server" "$pidfile" "$logfile"
}

start_frontend_e2e() {
  local pidfile="$RUN_DIR/frontend-e2e.pid" logfile="$RUN_DIR/frontend-e2e.log"
  [[ -f $FRONTEND_DIR/package.json ]] || die "frontend/package.json is missing"
  frontend_deps
  stop_pid "$pidfile" "SPA preview server" vite
  log "building the SPA (npm run build)"
  local t0=$SECONDS
  (cd "$FRONTEND_DIR" && npm run --silent build >"$RUN_DIR/frontend-build.log" 2>&1) \
    || { tail -n 60 "$RUN_DIR/frontend-build.log" >&2; die "SPA build failed (log .run/frontend-build.log)"; }
  ok "SPA built in $((SECONDS - t0))s"
  write_config "$FRONTEND_DIR/dist/config.js"
  port_busy "$SPA_PORT" && die "port $SPA_PORT is taken by another process"
  log "serving the built SPA on :$SPA_PORT (vite preview; log .run/frontend-e2e.log)"
  start_bg "$pidfile" "$logfile" "$FRONTEND_DIR" node_modules/.bin/vite preview --port "$SPA_PORT" --strictPort
  STARTED+=(frontend-e2e)
  wait_http "$SPA_URL/config.js" 60 "SPA preview server" "$pidfile" "$logfile"
}

# ---------------------------------------------------------------- keycloak
kc_running() { pid_alive "$RUN_DIR/keycloak.pid" keycloak || http_ok http://localhost:9000/health/ready; }

ensure_keycloak() {  # ensure_keycloak MODE
  local before=0
  kc_running && before=1
  "$ROOT/scripts/keycloak.sh" ensure
  if (( !before )); then
    STARTED+=(keycloak)
    [[ $1 == e2e ]] && touch "$RUN_DIR/keycloak.started-by-e2e"
  fi
  return 0
}

# ---------------------------------------------------------------- up / down
print_summary() {
  cat <<TXT

  Giảm Nghèo is running
  ---------------------------------------------------------------
  SPA              $SPA_URL
  API              $API_URL/api/v1
  Swagger UI       $API_URL/q/swagger-ui
  OpenAPI          $API_URL/q/openapi
  Keycloak admin   http://localhost:8180/admin   (${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} / ${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin})
  Database         postgresql://$DB_USER@$DB_HOST:$DB_PORT/$DB_NAME

  Demo logins (password demo1234, local only)
    huyen.lan           district officer, whole district
    xa.thuongphuoc1     commune officer, 29956 Xã Thường Phước 1
    tt.thuongthoitien   commune officer, 29971 Thị trấn Thường Thới Tiền
    phong.yte           department officer, YTE
    kiemtra.mttq        auditor, read only
    quantri             administrator

  Logs in .run/   Stop: make stop
TXT
}

cmd_up() {
  local mode=${1:-run} attach=${2:-}
  mode_vars "$mode"
  local t0=$SECONDS
  if [[ $mode == e2e ]]; then
    # a fresh stack every time: the database is recreated, so a running e2e backend would be stale
    stop_piece frontend-e2e; stop_piece backend-e2e
    "$ROOT/scripts/postgres.sh" reset-e2e
  else
    "$ROOT/scripts/postgres.sh" ensure
  fi
  ensure_keycloak "$mode"
  start_backend "$mode"
  if [[ $mode == e2e ]]; then load_demo_data "${E2E_SIZE:-300}"; else load_demo_data "${SIZE:-3000}"; fi
  if [[ $mode == e2e ]]; then start_frontend_e2e; else start_frontend_run; fi
  ok "stack ($mode) up in $((SECONDS - t0))s"
  print_summary
  [[ $attach == --attach ]] && attach "$mode"
  return 0
}

stop_piece() {
  case $1 in
    keycloak) "$ROOT/scripts/keycloak.sh" stop ;;
    backend-*) stop_pid "$RUN_DIR/$1.pid" "$1" quarkus-run ;;
    frontend-*) stop_pid "$RUN_DIR/$1.pid" "$1" vite ;;
  esac
}

attach() {
  local mode=$1 tailpid piece
  if ((${#STARTED[@]} == 0)); then
    log "everything was already running; following the logs (Ctrl-C detaches; make stop stops the stack)"
  else
    log "following the logs; Ctrl-C stops what this command started: ${STARTED[*]}"
  fi
  cleanup() {
    trap '' INT TERM
    [[ -n ${tailpid:-} ]] && kill "$tailpid" 2>/dev/null
    echo
    local i
    for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do stop_piece "${STARTED[i]}"; done
    rm -f "$RUN_DIR/keycloak.started-by-e2e"
    exit "${1:-0}"
  }
  trap 'cleanup 0' INT TERM
  tail -n 0 -F "$RUN_DIR/backend-$mode.log" "$RUN_DIR/frontend-$mode.log" "$RUN_DIR/keycloak.log" 2>/dev/null &
  tailpid=$!
  while sleep 2; do
    for piece in "${STARTED[@]}"; do
      if ! pid_alive "$RUN_DIR/$piece.pid"; then
        warn "$piece stopped unexpectedly (log .run/$piece.log)"; cleanup 1
      fi
    done
  done
}

cmd_down() {
  local which=${1:-all}
  case $which in
    run)
      stop_piece frontend-run; stop_piece backend-run
      if pid_alive "$RUN_DIR/backend-e2e.pid"; then log "leaving Keycloak running for the e2e stack"
      else stop_piece keycloak; fi ;;
    e2e)
      stop_piece frontend-e2e; stop_piece backend-e2e
      if [[ -f $RUN_DIR/keycloak.started-by-e2e ]] && ! pid_alive "$RUN_DIR/backend-run.pid"; then
        stop_piece keycloak
      elif pid_alive "$RUN_DIR/keycloak.pid"; then
        log "leaving Keycloak running (it was running before up e2e)"
      fi
      rm -f "$RUN_DIR/keycloak.started-by-e2e" ;;
    all)
      stop_piece frontend-run; stop_piece frontend-e2e
      stop_piece backend-run; stop_piece backend-e2e
      stop_piece keycloak ;;
    *) die "usage: $0 down [run|e2e|all]" ;;
  esac
  ok "stopped ($which)"
}

cmd_status() {
  "$ROOT/scripts/postgres.sh" status || true
  "$ROOT/scripts/keycloak.sh" status || true
  local mode piece
  for mode in run e2e; do
    mode_vars "$mode"
    piece="backend-$mode"
    if pid_alive "$RUN_DIR/$piece.pid" quarkus-run; then
      echo "Backend ($mode): running (pid $(<"$RUN_DIR/$piece.pid")) $API_URL — $(http_ok "$API_URL/q/health/ready" && echo ready || echo 'not ready')"
    else echo "Backend ($mode): stopped"; fi
    piece="frontend-$mode"
    if pid_alive "$RUN_DIR/$piece.pid" vite; then
      echo "SPA ($mode): running (pid $(<"$RUN_DIR/$piece.pid")) $SPA_URL"
    else echo "SPA ($mode): stopped"; fi
  done
}

case ${1:-} in
  up) shift; cmd_up "${1:-run}" "${2:-}" ;;
  down|stop) shift; cmd_down "${1:-all}" ;;
  status) cmd_status ;;
  *) echo "usage: $0 {up [run|e2e] [--attach]|down [run|e2e|all]|status}" >&2; exit 2 ;;
esac
