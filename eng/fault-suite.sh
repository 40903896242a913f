#!/usr/bin/env bash
# The fault suite (docs/fault-suite.md): three host nodes over one private PostgreSQL, SIGKILL of a node under load,
# PostgreSQL restarts (fast, immediate), an SMTP server hanging for 150 s, 200 same-key events, retried case creation.
# Prints its figures and fails on issue 14's thresholds. Takes about 6 minutes; run it on an otherwise idle machine.
#   eng/fault-suite.sh [extra dotnet test arguments, e.g. --logger trx --results-directory DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ -z "${ASTRA_PREREQUISITES_CHECKED:-}" ]; then
  . eng/prerequisites.sh
  ensure_dotnet
  ensure_postgres
  ensure_node
  ensure_maildev "$root"
fi

figures="$(mktemp)"
restore=()
[ "${CI:-}" = "true" ] && restore=(--locked-mode)
dotnet restore tests/Workflows.FaultSuite "${restore[@]}" >/dev/null
set +e
ASTRA_FAULT_FIGURES="$figures" dotnet test tests/Workflows.FaultSuite --no-restore \
  --logger "console;verbosity=normal" "$@"
status=$?
set -e
echo
if [ -s "$figures" ]; then
  cat "$figures"
else
  echo "The fault suite printed no figures (it failed before measuring; see the output above)."
fi
rm -f "$figures"
exit "$status"
