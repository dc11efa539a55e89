#!/usr/bin/env bash
# Schemathesis (PyPI) against a local server started here: every check on every operation of the
# server's own /openapi.json, zero failures allowed. The server serves the bundled sample
# (ingested by `npm start` into a throwaway data folder) on free loopback ports.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bin=$(bash .ci/venv.sh 'schemathesis==4.32.5')

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
sample_port=$(free_port)
data=$(mktemp -d)
log="$data/server.log"

# Its own process group, so stopping it stops tsx and the node process under it.
CULTURE_INDEX_DATA="$data" PORT="$port" SAMPLE_PORT="$sample_port" setsid node_modules/.bin/tsx bin/start.ts >"$log" 2>&1 &
server=$!
cleanup() {
  kill -- "-$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

base="http://127.0.0.1:$port"
healthy() { node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$base/health"; }
for _ in $(seq 1 120); do
  healthy && break
  if ! kill -0 "$server" 2>/dev/null; then
    echo "schemathesis: the server did not start:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.5
done
healthy || { echo "schemathesis: the server did not answer /health" >&2; cat "$log" >&2; exit 1; }

# Writes (POST/DELETE /saved-searches) need the data folder's token, created on first start.
token=$(cat "$data/api-token")

echo "schemathesis $("$bin/schemathesis" --version | awk '{print $NF}') against $base/openapi.json (all checks)"
# The hooks keep generated requests to rules a schema cannot state (see the file).
PYTHONPATH=".ci/checks${PYTHONPATH:+:$PYTHONPATH}" SCHEMATHESIS_HOOKS=schemathesis_hooks \
"$bin/schemathesis" run "$base/openapi.json" \
  --url "$base" \
  --header "Authorization: Bearer $token" \
  --checks all \
  --workers 1 \
  --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-60}" \
  --request-timeout 30 \
  --suppress-health-check too_slow
