# Shared helpers for the local stack scripts. Source it; do not run it.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="$ROOT/.run"
CACHE_DIR="$ROOT/.cache"
mkdir -p "$RUN_DIR"

if [[ -t 1 ]]; then _B=$'\e[1m'; _R=$'\e[31m'; _Y=$'\e[33m'; _G=$'\e[32m'; _N=$'\e[0m'; else _B= _R= _Y= _G= _N=; fi
log()  { printf '%s==>%s %s\n' "$_B" "$_N" "$*" >&2; }
ok()   { printf '%s ok%s %s\n' "$_G" "$_N" "$*" >&2; }
warn() { printf '%swarning:%s %s\n' "$_Y" "$_N" "$*" >&2; }
die()  { printf '%serror:%s %s\n' "$_R" "$_N" "$*" >&2; exit 1; }

# pid_alive FILE [PATTERN] -> 0 when the pid in FILE runs (and its command line matches PATTERN)
pid_alive() {
  local file=$1 pattern=${2:-} pid
  [[ -s $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  [[ -z $pattern ]] && return 0
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$pattern"
}

# start_bg PIDFILE LOGFILE DIR CMD... -> starts CMD in its own session (so Ctrl-C in the
# terminal does not reach it and stop_pid can end its whole process group), records its pid.
start_bg() {
  local pidfile=$1 logfile=$2 dir=$3; shift 3
  : >"$logfile"
  (cd "$dir" && exec setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" >>"$logfile" 2>&1 </dev/null) &
  local i
  for i in $(seq 50); do [[ -s $pidfile ]] && return 0; sleep 0.1; done
  die "could not start $* (see $logfile)"
}

# stop_pid PIDFILE NAME [PATTERN] -> TERM the process group, wait up to 30 s, then KILL
stop_pid() {
  local pidfile=$1 name=$2 pattern=${3:-} pid i
  if ! pid_alive "$pidfile" "$pattern"; then
    rm -f "$pidfile"; return 0
  fi
  pid=$(<"$pidfile")
  log "stopping $name (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name did not stop in 30 s, killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

# http_ok URL -> 0 when URL answers 2xx
http_ok() { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

# port_busy PORT -> 0 when something listens on 127.0.0.1/::1 PORT
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null || (exec 3<>"/dev/tcp/::1/$1") 2>/dev/null; }

# wait_http URL TIMEOUT_S NAME [PIDFILE LOGFILE] -> waits for a 2xx; fails early if the process died
wait_http() {
  local url=$1 timeout=$2 name=$3 pidfile=${4:-} logfile=${5:-} start=$SECONDS
  while ! http_ok "$url"; do
    if [[ -n $pidfile ]] && ! pid_alive "$pidfile"; then
      [[ -n $logfile && -f $logfile ]] && tail -n 60 "$logfile" >&2
      [[ -n $logfile ]] && log_hints "$logfile"
      die "$name exited before $url answered (log: ${logfile#"$ROOT"/})"
    fi
    if (( SECONDS - start >= timeout )); then
      [[ -n $logfile && -f $logfile ]] && tail -n 60 "$logfile" >&2
      die "$name not ready at $url after ${timeout}s (log: ${logfile#"$ROOT"/})"
    fi
    sleep 1
  done
  ok "$name ready at $url after $((SECONDS - start))s"
}

# log_hints LOGFILE -> explains well-known start-up failures
log_hints() {
  [[ -f $1 ]] || return 0
  if grep -q 'Migration checksum mismatch\|Detected applied migration not resolved locally' "$1"; then
    warn "the database was migrated by another version of the migrations (a local development database);
         recreate it with: make reset-db   (then make run loads the schema and demo data again)"
  fi
  if grep -q 'Address already in use' "$1"; then warn "the port is taken by another process"; fi
}

# java_major JAVA_BIN -> prints the feature version (17, 21, 25, ...)
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}
