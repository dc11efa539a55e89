#!/usr/bin/env bash
# cfn-lint (PyPI) on the synthesised CloudFormation template: 0 errors and 0 warnings, or CI fails.
# The synth runs offline (no credentials, no network); acknowledged rules live in the template's
# per-resource Metadata (cfn-lint › config › ignore_checks), each next to the code that explains it.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(bash .ci/venv.sh cfn-lint)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
CDK_DISABLE_VERSION_CHECK=1 AWS_EC2_METADATA_DISABLED=true npx cdk synth --quiet --no-notices --output "$out/cdk.out" >"$out/synth.log" 2>&1 || { cat "$out/synth.log"; exit 1; }
echo "cfn-lint $("$bin/cfn-lint" --version | awk '{print $2}') on $out/cdk.out/CultureIndex.template.json"
# Exit codes are bit flags (2 error, 4 warning, 8 informational); informational findings do not fail.
status=0
"$bin/cfn-lint" --format parseable "$out/cdk.out/CultureIndex.template.json" || status=$?
if (( status & 2 || status & 4 || status & 1 )); then
  echo "cfn-lint: findings above (errors or warnings)"
  exit 1
fi
echo "cfn-lint: 0 errors, 0 warnings"
