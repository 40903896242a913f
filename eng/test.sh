#!/usr/bin/env bash
# Runs every test suite and ends with one line: "N passed, N failed" (the totals of all suites).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
. eng/prerequisites.sh
ensure_prerequisites "$root"

if [ "${CI:-}" = "true" ]; then
  dotnet restore AstraWorkflows.sln --locked-mode
else
  dotnet restore AstraWorkflows.sln
fi

results="$(mktemp -d)"
set +e
dotnet test AstraWorkflows.sln --no-restore --logger "trx" --logger "console;verbosity=normal" --results-directory "$results"
status=$?
set -e

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  p="$(sed -nE 's/.* passed="([0-9]+)".*/\1/p' <<<"$counters")"
  f="$(sed -nE 's/.* failed="([0-9]+)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
rm -rf "$results"

# A suite that could not build or whose test host crashed counts as a failure, never as silence.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "$passed passed, $failed failed"
exit "$status"
