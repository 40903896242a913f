#!/usr/bin/env bash
# Runs every test suite and ends with one line: "N passed, N failed" (the totals of all suites).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
. eng/prerequisites.sh
ensure_prerequisites "$root"
ensure_chromium

if [ "${CI:-}" = "true" ]; then
  dotnet restore AstraWorkflows.sln --locked-mode
else
  dotnet restore AstraWorkflows.sln
fi

results="$(mktemp -d)"
set +e
dotnet test AstraWorkflows.sln --no-restore --logger "trx" --logger "console;verbosity=normal" --results-directory "$results"
dotnet_status=$?
status=$dotnet_status
set -e

# The web app's suites: ESLint (one test case, so a lint failure shows in the totals), Vitest unit tests, then the
# end-to-end tests against the real host (built above).
web="$root/src/Workflows.Web"
set +e
(cd "$web" && npx eslint .)
lint_status=$?
lint_status_web=$lint_status
lint_failures=0
lint_case='<testcase name="web lint" classname="eslint"/>'
if [ "$lint_status" -ne 0 ]; then
  lint_failures=1
  lint_case='<testcase name="web lint" classname="eslint"><failure message="eslint reported problems"/></testcase>'
fi
printf '<testsuites tests="1" failures="%s" errors="0"><testsuite name="eslint" tests="1" failures="%s">%s</testsuite></testsuites>\n' \
  "$lint_failures" "$lint_failures" "$lint_case" >"$results/web-lint.xml"
(cd "$web" && npx vitest run --project unit --reporter=default --reporter=junit --outputFile.junit="$results/web-unit.xml")
unit_status=$?
(cd "$web" && npx vitest run --project e2e --reporter=default --reporter=junit --outputFile.junit="$results/web-e2e.xml")
e2e_status=$?
set -e
for s in "$lint_status" "$unit_status" "$e2e_status"; do
  if [ "$s" -ne 0 ] && [ "$status" -eq 0 ]; then status=$s; fi
done

# The API document's lint (Redocly's recommended rules, src/Workflows.Web/redocly.yaml) as one JUnit test case.
set +e
(cd "$web" && npm run -s api:lint) 2>&1 | tee "$results/api-lint.log"
lint_status=$?
set -e
lint_failures=$([ "$lint_status" -eq 0 ] && echo 0 || echo 1)
{
  echo "<testsuites tests=\"1\" failures=\"$lint_failures\" errors=\"0\"><testsuite name=\"api-lint\" tests=\"1\" failures=\"$lint_failures\" errors=\"0\">"
  echo "<testcase classname=\"api-lint\" name=\"openapi.json passes Redocly's recommended rules\">"
  [ "$lint_failures" -eq 0 ] || echo "<failure message=\"redocly lint exited $lint_status; its output is above\"/>"
  echo "</testcase></testsuite></testsuites>"
} > "$results/api-lint.xml"
if [ "$lint_status" -ne 0 ] && [ "$status" -eq 0 ]; then status=$lint_status; fi

# The deployment test (docs/deployment.md): the published host as two Production nodes behind nginx over PostgreSQL
# with two roles, a rolling restart, a backup and its restore drill; one JUnit case per check, counted below.
set +e
ASTRA_PREREQUISITES_CHECKED=1 eng/deployment-test.sh --junit "$results/deployment-test.xml"
deploy_status=$?
set -e
if [ "$deploy_status" -ne 0 ] && [ "$status" -eq 0 ]; then status=$deploy_status; fi

# The fault suite (docs/fault-suite.md) runs alone, after the others, so its timing figures measure the service, not
# the other suites' load; its TRX lands beside theirs and is counted below.
set +e
ASTRA_PREREQUISITES_CHECKED=1 eng/fault-suite.sh --logger "trx;LogFileName=fault-suite.trx" --results-directory "$results"
fault_status=$?
set -e
if [ "$fault_status" -ne 0 ] && [ "$status" -eq 0 ]; then status=$fault_status; fi

passed=0
failed=0
for junit in "$results"/*.xml; do
  [ -e "$junit" ] || continue
  totals="$(grep -o '<testsuites [^>]*>' "$junit" | head -1)"
  t="$(sed -nE 's/.* tests="([0-9]+)".*/\1/p' <<<"$totals")"
  f="$(sed -nE 's/.* failures="([0-9]+)".*/\1/p' <<<"$totals")"
  e="$(sed -nE 's/.* errors="([0-9]+)".*/\1/p' <<<"$totals")"
  sk="$(grep -c '<skipped' "$junit" || true)"
  passed=$((passed + ${t:-0} - ${f:-0} - ${e:-0} - ${sk:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  p="$(sed -nE 's/.* passed="([0-9]+)".*/\1/p' <<<"$counters")"
  f="$(sed -nE 's/.* failed="([0-9]+)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
# CI shows only the end of this output: name what failed just above the totals line.
echo "suite exit codes: dotnet=$dotnet_status lint=$lint_status_web unit=$unit_status e2e=$e2e_status api-lint=$lint_status deployment=$deploy_status fault=$fault_status"
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | sed -nE 's/.*testName="([^"]*)".*/FAILED (dotnet) \1/p' || true
done
for junit in "$results"/*.xml; do
  [ -e "$junit" ] || continue
  command -v python3 >/dev/null || break
  python3 - "$junit" <<'PY' || true
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
for case in root.iter('testcase'):
    if case.find('failure') is not None or case.find('error') is not None:
        print(f"FAILED ({case.get('classname', '')}) {case.get('name', '')}")
PY
done
rm -rf "$results"

# A suite that could not build or whose test host crashed counts as a failure, never as silence.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "$passed passed, $failed failed"
exit "$status"
