#!/usr/bin/env bash
# Makes (once) the Python virtual environment CI's outside checkers run from, and installs the
# PyPI packages named as arguments into it. Prints the venv's bin folder.
# Usage: bin=$(bash .ci/venv.sh schemathesis cfn-lint)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${CI_VENV:-$root/.ci/.venv}"
if [[ ! -x "$venv/bin/python" ]]; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q --upgrade pip >&2
fi
if (($#)); then
  "$venv/bin/pip" install -q "$@" >&2
fi
echo "$venv/bin"
