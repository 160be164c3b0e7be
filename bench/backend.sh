# The backend a benchmark measures: the packaged jar, rebuilt when its sources are newer, started on its own port
# against a benchmark database. Sourced by bench/run.sh and bench/whatif.sh after scripts/lib.sh; they set
# BACKEND_DIR, JAR, PIDFILE, LOGFILE, API and DB_HOST, DB_PORT, DB_USER, DB_PASSWORD.

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
