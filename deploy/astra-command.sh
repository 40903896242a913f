#!/usr/bin/env bash
# astra-command [--owner] COMMAND [ARGS...] — runs a maintenance command of the installed host (migrate, create-admin,
# verify-audit, rotate-master-key, restore-drill; docs/deployment.md) with the nodes' configuration, read exactly as
# systemd reads it (KEY=VALUE lines, no shell expansion: connection strings hold ';'). Install as
# /usr/local/sbin/astra-command. --owner adds /etc/astra-workflows/owner.env (the owner role) and runs as root;
# without it the command runs as the service user `astra`, like the nodes.
set -euo pipefail
etc="${ASTRA_ETC:-/etc/astra-workflows}"
app="${ASTRA_APP:-/opt/astra-workflows/current}"
files=("$etc/astra-workflows.env")
as_service_user=1
if [ "${1:-}" = "--owner" ]; then
  files+=("$etc/owner.env")
  as_service_user=0
  shift
fi
if [ $# -eq 0 ]; then
  echo "usage: astra-command [--owner] migrate|create-admin|verify-audit|rotate-master-key|restore-drill [ARGS...]" >&2
  exit 2
fi

vars=()
for file in "${files[@]}"; do
  while IFS= read -r line || [ -n "$line" ]; do
    [[ "$line" =~ ^[A-Za-z_][A-Za-z0-9_]*= ]] && vars+=("$line")
  done <"$file"
done

cd "$app"
# ASTRA_SERVICE_USER= (empty) runs as the caller, e.g. in eng/deployment-test.sh where no service user exists.
user="${ASTRA_SERVICE_USER-astra}"
if [ "$as_service_user" -eq 1 ] && [ -n "$user" ] && [ "$(id -u)" -eq 0 ]; then
  exec runuser -u "$user" -- env -i PATH=/usr/bin:/bin HOME="$(getent passwd "$user" | cut -d: -f6)" "${vars[@]}" dotnet "$app/Workflows.Host.dll" "$@"
fi
exec env "${vars[@]}" dotnet "$app/Workflows.Host.dll" "$@"
