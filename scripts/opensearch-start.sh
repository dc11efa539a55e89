#!/usr/bin/env bash
# Starts a single-node OpenSearch 2.19 on loopback for tests and local development.
#
# The node is the integ-test distribution from Maven Central (no security plugin, no bundled JDK),
# plus the two modules it leaves out that the adapter needs: analysis-common (asciifolding,
# mapping char filter) and reindex (_reindex for zero-downtime alias swaps). Everything lives in
# the git-ignored .opensearch/ folder. Idempotent: a node already answering is left alone.
#
# Environment: OPENSEARCH_PORT (9200), OPENSEARCH_VERSION (2.19.6),
#   OPENSEARCH_JAVA_OPTS ("-Xms512m -Xmx512m"), OPENSEARCH_START_TIMEOUT seconds (120).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="$ROOT/.opensearch"
VERSION="${OPENSEARCH_VERSION:-2.19.6}"
PORT="${OPENSEARCH_PORT:-9200}"
TRANSPORT_PORT="${OPENSEARCH_TRANSPORT_PORT:-$((PORT + 100))}"
TIMEOUT="${OPENSEARCH_START_TIMEOUT:-120}"
URL="http://127.0.0.1:${PORT}"
RUN_USER=opensearch

log() { echo "[opensearch] $*"; }
die() { echo "[opensearch] ERROR: $*" >&2; exit 1; }

answers() { curl -fsS -m 3 "$URL/" >/dev/null 2>&1; }

mkdir -p "$STATE_DIR"
# One start at a time: a second caller waits here, then finds the node running.
exec 9>"$STATE_DIR/start.lock"
flock 9

# True when the pid file names a live OpenSearch JVM (a pid can be reused after a crash).
node_alive() {
  local pid
  pid="$(cat "$STATE_DIR/node.pid" 2>/dev/null)" || return 1
  [[ -n "$pid" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'org.opensearch.bootstrap.OpenSearch'
}

if answers; then
  if node_alive; then
    log "already running at $URL (pid $(cat "$STATE_DIR/node.pid"))"
  else
    log "a node already answers at $URL (not started by this script); leaving it alone"
  fi
  exit 0
fi

# --- Where the node lives. OpenSearch refuses to run as root, so as root it runs as an
# unprivileged system user, which must be able to reach its home. A clone under a private
# directory (e.g. /root) is not reachable; then the home moves to /var/tmp and .opensearch/home
# records where, so the stop script and later starts find it.
as_root=false
[[ "$(id -u)" == 0 ]] && as_root=true

if $as_root && ! id "$RUN_USER" >/dev/null 2>&1; then
  log "creating system user $RUN_USER (OpenSearch does not run as root)"
  useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER"
fi

run_as_node_user() {
  if $as_root; then runuser -u "$RUN_USER" -- "$@"; else "$@"; fi
}

NODE_HOME="$STATE_DIR/node"
if $as_root; then
  chown "$RUN_USER" "$STATE_DIR"
  if ! run_as_node_user test -x "$STATE_DIR"; then
    NODE_HOME="/var/tmp/culture-index-opensearch-$(echo -n "$ROOT" | md5sum | cut -c1-8)"
    log "$STATE_DIR is not reachable by user $RUN_USER; using $NODE_HOME"
  fi
fi
echo "$NODE_HOME" >"$STATE_DIR/home"
DIST="$NODE_HOME/opensearch-$VERSION"
mkdir -p "$NODE_HOME"

# --- Download and unpack once (Maven's local repository caches the artifacts).
fetch_distribution() {
  local dl="$NODE_HOME/download"
  mkdir -p "$dl"
  command -v mvn >/dev/null || die "mvn is needed to fetch OpenSearch from Maven Central (apt-get install maven)"
  log "fetching org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip"
  mvn -B -q -Dstyle.color=never dependency:copy \
    -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip" \
    -DoutputDirectory="$dl" || die "could not fetch the OpenSearch $VERSION distribution"
  rm -rf "$DIST.partial" && mkdir -p "$DIST.partial"
  if command -v unzip >/dev/null; then
    unzip -q -o "$dl/opensearch-$VERSION.zip" -d "$DIST.partial"
  else
    python3 -m zipfile -e "$dl/opensearch-$VERSION.zip" "$DIST.partial"
  fi
  local unpacked="$DIST.partial/opensearch-$VERSION"
  chmod +x "$unpacked"/bin/*
  add_module "$unpacked" analysis-common analysis-common org.opensearch.analysis.common.CommonAnalysisPlugin \
    "Adds analysis components: asciifolding, mapping char filter and more"
  add_module "$unpacked" reindex reindex-client org.opensearch.index.reindex.ReindexPlugin \
    "The Reindex module adds APIs to reindex from one index to another or update documents in place."
  mv "$unpacked" "$DIST"
  rm -rf "$DIST.partial"
}

# A module is a folder of jars with a plugin descriptor. Jars already in lib/ are dropped, or the
# node's jar-hell check refuses to start.
add_module() {
  local dist="$1" name="$2" artifact="$3" classname="$4" description="$5"
  local dir="$dist/modules/$name"
  mkdir -p "$dir"
  mvn -B -q -Dstyle.color=never -f "$ROOT/scripts/opensearch-pom.xml" dependency:copy-dependencies \
    -Dos.version="$VERSION" -Dos.module="$artifact" -DoutputDirectory="$dir" \
    || die "could not fetch module $artifact $VERSION"
  for jar in "$dir"/*.jar; do
    [[ -e "$dist/lib/$(basename "$jar")" ]] && rm -f "$jar"
  done
  cat >"$dir/plugin-descriptor.properties" <<EOF
description=$description
version=$VERSION
name=$name
classname=$classname
java.version=11
opensearch.version=$VERSION
custom.foldername=
extended.plugins=
has.native.controller=false
EOF
}

[[ -x "$DIST/bin/opensearch" ]] || fetch_distribution

# --- Java: the integ-test distribution has no bundled JDK.
if [[ -z "${OPENSEARCH_JAVA_HOME:-}" ]]; then
  java_bin="$(command -v java)" || die "java 17 is needed (apt-get install openjdk-17-jre-headless)"
  OPENSEARCH_JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$java_bin")")")"
fi

DATA="$NODE_HOME/data"
LOGS="$NODE_HOME/logs"
TMP="$NODE_HOME/tmp"
NODE_PID_FILE="$NODE_HOME/run/opensearch.pid"
PID_FILE="$STATE_DIR/node.pid"

launch_node() {
  mkdir -p "$DATA" "$LOGS" "$TMP" "$(dirname "$NODE_PID_FILE")"
  rm -f "$NODE_PID_FILE" "$PID_FILE"
  $as_root && chown -R "$RUN_USER" "$NODE_HOME"
  log "starting OpenSearch $VERSION on $URL (transport 127.0.0.1:$TRANSPORT_PORT)"
  # Disk thresholds are off: a test node on a shared disk must not turn indices read-only.
  # Output goes to a file: the daemon must not hold the caller's stdout open (a pipe to tail
  # or CI would never close).
  if ! run_as_node_user env \
    OPENSEARCH_JAVA_HOME="$OPENSEARCH_JAVA_HOME" \
    OPENSEARCH_JAVA_OPTS="${OPENSEARCH_JAVA_OPTS:--Xms512m -Xmx512m}" \
    OPENSEARCH_TMPDIR="$TMP" \
    "$DIST/bin/opensearch" -d -p "$NODE_PID_FILE" \
    -Ecluster.name=culture-index-test \
    -Enode.name=culture-index-node \
    -Ediscovery.type=single-node \
    -Enetwork.host=127.0.0.1 \
    -Ehttp.port="$PORT" \
    -Etransport.port="$TRANSPORT_PORT" \
    -Epath.data="$DATA" \
    -Epath.logs="$LOGS" \
    -Ecluster.routing.allocation.disk.threshold_enabled=false \
    -Eaction.destructive_requires_name=false \
    </dev/null >"$LOGS/console.log" 2>&1 9>&-; then
    tail -n 40 "$LOGS/console.log" "$LOGS/culture-index-test.log" 2>/dev/null || true
    die "OpenSearch failed to start (logs in $LOGS)"
  fi
  # The JVM writes its pid file once bootstrapped; the stop script reads the copy.
  for ((i = 0; i < 300; i++)); do
    [[ -s "$NODE_PID_FILE" ]] && break
    sleep 0.1
  done
  [[ -s "$NODE_PID_FILE" ]] && cp "$NODE_PID_FILE" "$PID_FILE"
}

started=$(date +%s)
if node_alive; then
  log "a node is already starting (pid $(cat "$PID_FILE")); waiting for it"
else
  launch_node
fi

while true; do
  status=$(curl -fsS -m 5 "$URL/_cluster/health?wait_for_status=yellow&timeout=2s" 2>/dev/null \
    | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p' || true)
  if [[ "$status" == green || "$status" == yellow ]]; then
    log "ready at $URL: health $status after $(($(date +%s) - started)) s"
    echo "$URL"
    exit 0
  fi
  if [[ -s "$PID_FILE" ]] && ! kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    tail -n 40 "$LOGS/culture-index-test.log" 2>/dev/null || true
    die "OpenSearch exited during startup (logs in $LOGS)"
  fi
  if (($(date +%s) - started >= TIMEOUT)); then
    tail -n 40 "$LOGS/culture-index-test.log" 2>/dev/null || true
    die "no green/yellow health at $URL within ${TIMEOUT} s (logs in $LOGS)"
  fi
  sleep 1
done
