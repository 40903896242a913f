#!/usr/bin/env bash
# Runs the service for a newcomer: private PostgreSQL (data kept in .data/), the SMTP catcher with its web
# inbox, demo users, and the host on http://localhost:5080. Ctrl-C stops all of it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
. eng/prerequisites.sh
ensure_prerequisites "$root"

password="${ASTRA_DEMO_PASSWORD:-Astra-Demo-2026!}"
smtp_port="${ASTRA_SMTP_PORT:-1025}"
inbox_port="${ASTRA_INBOX_PORT:-1080}"

node eng/maildev/node_modules/maildev/bin/maildev --smtp "$smtp_port" --web "$inbox_port" --ip 127.0.0.1 --silent &
maildev_pid=$!
trap 'kill "$maildev_pid" 2>/dev/null || true' EXIT

cat <<INFO

  AstraWorkflows (Development, demo data)
  Web app        http://localhost:5080/         (sign in as one of the accounts below)
  API            http://localhost:5080/api      (health: /health/ready)
  API reference  http://localhost:5080/scalar/v1   OpenAPI: /openapi/v1.json
  Jobs           http://localhost:5080/hangfire  (Admins)
  E-mail inbox   http://localhost:$inbox_port   (every mail the service sends lands here)
  Sign in        password $password, or POST /api/auth/login {"email": "...", "password": "..."}
                 admin@astra.local coordinator@astra.local casemanager@astra.local casemanager2@astra.local
                 lawyer@astra.local lawyer2@astra.local director@astra.local

INFO

ASPNETCORE_ENVIRONMENT=Development \
Astra__Demo__Seed=true \
Astra__Demo__Password="$password" \
Astra__Security__RequireTwoFactor=false \
Astra__PrivatePostgres__DataDirectory="$root/.data/postgres" \
Smtp__Host=127.0.0.1 \
Smtp__Port="$smtp_port" \
dotnet run --project src/Workflows.Host --no-launch-profile --urls "http://localhost:5080"
