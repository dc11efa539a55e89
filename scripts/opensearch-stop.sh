#!/usr/bin/env bash
# Stops the node started by scripts/opensearch-start.sh, by its pid file (never by name).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="$ROOT/.opensearch"
PID_FILE="$STATE_DIR/node.pid"

log() { echo "[opensearch] $*"; }

if [[ ! -s "$PID_FILE" ]]; then
  log "not running (no pid file at $PID_FILE)"
  exit 0
fi
pid="$(cat "$PID_FILE")"

# The pid may have been reused since the node died: only signal an OpenSearch JVM.
if ! kill -0 "$pid" 2>/dev/null || ! tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'org.opensearch.bootstrap.OpenSearch'; then
  log "not running (stale pid file, pid $pid)"
  rm -f "$PID_FILE"
  exit 0
fi

log "stopping pid $pid"
kill -TERM "$pid"
for ((i = 0; i < 300; i++)); do
  kill -0 "$pid" 2>/dev/null || { rm -f "$PID_FILE"; log "stopped"; exit 0; }
  sleep 0.1
done
log "still running after 30 s; sending KILL"
kill -KILL "$pid" 2>/dev/null || true
rm -f "$PID_FILE"
