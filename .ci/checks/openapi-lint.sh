#!/usr/bin/env bash
# Redocly CLI (npm devDependency) lints the OpenAPI document generated from the zod schemas with
# its recommended rules: any error fails CI (warnings are printed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
node_modules/.bin/tsx scripts/openapi.ts >"$out/openapi.json"
echo "redocly $(node_modules/.bin/redocly --version 2>/dev/null | tail -n1) lint (recommended) of the generated OpenAPI document"
node_modules/.bin/redocly lint --extends recommended "$out/openapi.json"
