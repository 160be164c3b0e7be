#!/usr/bin/env bash
# Keycloak for the local stack: the Maven Central distribution, dev mode, realm giamngheo imported.
#   scripts/keycloak.sh ensure   install if needed, start unless already healthy, re-import a changed realm
#   scripts/keycloak.sh start    same as ensure
#   scripts/keycloak.sh stop     stop the instance started by these scripts (.run/keycloak.pid)
#   scripts/keycloak.sh status   running? healthy? realm loaded?
# Environment: KC_VERSION (26.7.3), KC_JAVA_HOME (Java 21+; default Temurin 25), KC_TIMEOUT (180 s),
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD (admin / admin — local development only)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

KC_VERSION=${KC_VERSION:-26.7.3}
KC_HOME="$CACHE_DIR/keycloak-$KC_VERSION"
KC_PORT=8180
KC_MGMT_PORT=9000
KC_URL="http://localhost:$KC_PORT"
KC_READY="http://localhost:$KC_MGMT_PORT/health/ready"
KC_TIMEOUT=${KC_TIMEOUT:-180}
REALM_FILE="$ROOT/deploy/keycloak/giamngheo-realm.json"
PIDFILE="$RUN_DIR/keycloak.pid"
LOGFILE="$RUN_DIR/keycloak.log"
SUMFILE="$RUN_DIR/keycloak-realm.sha256"
export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}

find_java() {
  local candidate major
  for candidate in ${KC_JAVA_HOME:+"$KC_JAVA_HOME"} /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/* ${JAVA_HOME:+"$JAVA_HOME"}; do
    [[ -x $candidate/bin/java ]] || continue
    major=$(java_major "$candidate/bin/java")
    if [[ $major =~ ^[0-9]+$ ]] && (( major >= 21 )); then echo "$candidate"; return 0; fi
  done
  if command -v java >/dev/null; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    major=$(java_major "$candidate/bin/java")
    if [[ $major =~ ^[0-9]+$ ]] && (( major >= 21 )); then echo "$candidate"; return 0; fi
  fi
  return 1
}

find_mvn() {
  if [[ -x $ROOT/backend/mvnw ]]; then echo "$ROOT/backend/mvnw"
  elif command -v mvn >/dev/null; then command -v mvn
  else return 1; fi
}

install_dist() {
  [[ -x $KC_HOME/bin/kc.sh ]] && return 0
  local repo zip
  repo=$(cd ~ && pwd)/.m2/repository
  zip="$repo/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [[ ! -s $zip ]]; then
    local mvn; mvn=$(find_mvn) || die "Maven is needed to download Keycloak (apt-get install -y maven)"
    log "downloading org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip from Maven Central (~170 MB, once)"
    (cd "$ROOT" && "$mvn" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -Dtransitive=false) \
      || die "download of keycloak-quarkus-dist $KC_VERSION failed"
    [[ -s $zip ]] || die "download finished but $zip is missing"
  fi
  command -v unzip >/dev/null || die "unzip is needed (apt-get install -y unzip)"
  log "unpacking Keycloak $KC_VERSION into ${KC_HOME#"$ROOT"/}"
  mkdir -p "$CACHE_DIR"
  local tmp; tmp=$(mktemp -d "$CACHE_DIR/kc-unzip.XXXXXX")
  unzip -q "$zip" -d "$tmp"
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$tmp"
}

realm_sum() { sha256sum "$REALM_FILE" | cut -d' ' -f1; }
realm_changed() { [[ ! -s $SUMFILE || $(<"$SUMFILE") != "$(realm_sum)" ]]; }
realm_loaded() { http_ok "$KC_URL/realms/giamngheo/.well-known/openid-configuration"; }
healthy() { http_ok "$KC_READY"; }

start_kc() {
  local java_home
  java_home=$(find_java) || die "Keycloak $KC_VERSION needs Java 21 or newer (expected /usr/lib/jvm/temurin-25-jdk-amd64;
       set KC_JAVA_HOME=/path/to/jdk-21+)"
  if port_busy "$KC_PORT" || port_busy "$KC_MGMT_PORT"; then
    die "port $KC_PORT or $KC_MGMT_PORT is taken by another process (not .run/keycloak.pid); stop it first"
  fi
  mkdir -p "$KC_HOME/data/import"
  rm -f "$KC_HOME"/data/import/*.json
  cp "$REALM_FILE" "$KC_HOME/data/import/giamngheo-realm.json"
  if realm_changed && [[ -d $KC_HOME/data/h2 ]]; then
    log "realm JSON changed since the last import: dropping the dev database so it is imported afresh"
    rm -rf "$KC_HOME/data/h2"
  fi
  log "starting Keycloak $KC_VERSION on :$KC_PORT (Java $(java_major "$java_home/bin/java") from $java_home; log .run/keycloak.log)"
  local t0=$SECONDS
  JAVA_HOME=$java_home start_bg "$PIDFILE" "$LOGFILE" "$KC_HOME" \
    bin/kc.sh start-dev --http-port=$KC_PORT --http-management-port=$KC_MGMT_PORT \
      --hostname="$KC_URL" --health-enabled=true --import-realm
  wait_http "$KC_READY" "$KC_TIMEOUT" "Keycloak" "$PIDFILE" "$LOGFILE"
  local i
  for i in $(seq 30); do realm_loaded && break; sleep 1; done
  realm_loaded || die "Keycloak is up but realm giamngheo is missing (see .run/keycloak.log)"
  realm_sum >"$SUMFILE"
  ok "Keycloak started in $((SECONDS - t0))s: $KC_URL/admin (admin user $KC_BOOTSTRAP_ADMIN_USERNAME)"
}

cmd_ensure() {
  if ! pid_alive "$PIDFILE" keycloak && healthy && realm_loaded; then
    warn "a Keycloak not started by these scripts answers on :$KC_PORT; using it as it is"
    return 0
  fi
  install_dist
  if pid_alive "$PIDFILE" keycloak; then
    if realm_changed; then
      log "realm JSON changed: restarting Keycloak to re-import it"
      stop_pid "$PIDFILE" Keycloak keycloak
    elif healthy && realm_loaded; then
      ok "Keycloak already running and healthy (pid $(<"$PIDFILE"))"; return 0
    else
      log "Keycloak (pid $(<"$PIDFILE")) is starting; waiting"
      wait_http "$KC_READY" "$KC_TIMEOUT" "Keycloak" "$PIDFILE" "$LOGFILE"
      realm_loaded && return 0
      stop_pid "$PIDFILE" Keycloak keycloak
    fi
  fi
  start_kc
}

cmd_status() {
  if pid_alive "$PIDFILE" keycloak; then echo "Keycloak: running (pid $(<"$PIDFILE"))"
  else echo "Keycloak: not started by these scripts"; fi
  if healthy; then echo "  health: ready ($KC_READY)"; else echo "  health: not ready"; fi
  if realm_loaded; then echo "  realm giamngheo: loaded ($KC_URL/realms/giamngheo)"; else echo "  realm giamngheo: not available"; fi
  if realm_changed; then echo "  realm JSON: changed since the last import (ensure re-imports it)"; fi
  healthy
}

case ${1:-} in
  ensure|start) cmd_ensure ;;
  stop) stop_pid "$PIDFILE" Keycloak keycloak; rm -f "$RUN_DIR/keycloak.started-by-e2e" ;;
  restart) stop_pid "$PIDFILE" Keycloak keycloak; cmd_ensure ;;
  status) cmd_status ;;
  install) install_dist ;;
  *) echo "usage: $0 {ensure|start|stop|restart|status|install}" >&2; exit 2 ;;
esac
