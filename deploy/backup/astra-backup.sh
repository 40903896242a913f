#!/usr/bin/env bash
# Nightly backup of the AstraWorkflows database (ADR 0050): pg_dump's custom format plus a manifest beside it with
# the dump's SHA-256 and the row count of every table, counted in the same snapshot the dump was taken from, so
# `restore-drill` can prove a restore complete. Old dumps are removed after ASTRA_BACKUP_KEEP_DAYS.
#
#   astra-backup.sh [DEST_DIR]
#
# Connection: libpq's own environment (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass, PGDATABASE default astra).
# On Debian the timer runs it as the `postgres` user over the local socket, so no password is stored anywhere.
# The dump holds client identities only encrypted; it is USELESS WITHOUT THE KEY BACKUP (master and audit keys),
# which is kept apart from it on purpose — see docs/deployment.md "Backups".
set -euo pipefail

dest="${1:-${ASTRA_BACKUP_DIR:-/var/backups/astra-workflows}}"
keep_days="${ASTRA_BACKUP_KEEP_DAYS:-14}"
export PGDATABASE="${PGDATABASE:-astra}"
umask 077
mkdir -p "$dest"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
file="$dest/astra-$stamp.dump"
partial="$file.partial"
trap 'rm -f "$partial" "$partial.manifest"; [ -n "${COPROC_PID:-}" ] && kill "$COPROC_PID" 2>/dev/null || true' EXIT

# One read-only transaction holds a snapshot open; pg_dump dumps exactly that snapshot and the counts below are taken
# in it, so they match the dump row for row whatever the service writes meanwhile.
coproc psql -X -q -A -t -v ON_ERROR_STOP=1
# Bash unsets COPROC_PID as soon as psql exits, which can be before the wait below: keep it now.
psql_pid=$COPROC_PID
echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT pg_export_snapshot();" >&"${COPROC[1]}"
read -r -t 60 snapshot <&"${COPROC[0]}"
[ -n "$snapshot" ] || { echo "astra-backup: could not open a snapshot" >&2; exit 1; }

pg_dump --format=custom --compress=6 --snapshot="$snapshot" --file="$partial"

{
  echo "# AstraWorkflows backup manifest (deploy/backup/astra-backup.sh); restore-drill checks the dump against it."
  echo "file $(basename "$file")"
  echo "sha256 $(sha256sum "$partial" | cut -d' ' -f1)"
} >"$partial.manifest"
cat >&"${COPROC[1]}" <<'SQL'
SELECT format('SELECT %L || '' '' || count(*) FROM %I.%I;', n.nspname || '.' || c.relname, n.nspname, c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('astra', 'hangfire')
ORDER BY n.nspname, c.relname \gexec
SELECT 'end-of-counts';
SQL
while read -r -t 600 line <&"${COPROC[0]}"; do
  [ "$line" = "end-of-counts" ] && break
  echo "rows $line" >>"$partial.manifest"
done
[ "$line" = "end-of-counts" ] || { echo "astra-backup: counting rows failed" >&2; exit 1; }
echo "COMMIT;" >&"${COPROC[1]}"
eval "exec ${COPROC[1]}>&-"
wait "$psql_pid" 2>/dev/null || true

mv "$partial.manifest" "$file.manifest"
mv "$partial" "$file"
find "$dest" -maxdepth 1 -name 'astra-*.dump*' -mtime +"$keep_days" -delete
echo "astra-backup: $file ($(du -h "$file" | cut -f1)), manifest $(grep -c '^rows ' "$file.manifest") tables"
