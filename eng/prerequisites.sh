# Sourced by run.sh and test.sh: makes sure a fresh Debian machine has what the service needs.
# As root it installs what is missing (apt, npm); otherwise it prints exactly what to install and stops.

need_root_or_say() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing: $1. Install it with: sudo $2" >&2
    exit 1
  fi
}

apt_install() {
  if [ -z "${ASTRA_APT_UPDATED:-}" ]; then
    apt-get update -qq >/dev/null
    export ASTRA_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "Missing: the .NET 10 SDK (dotnet). Install it from Microsoft's packages: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
    exit 1
  fi
}

ensure_postgres() {
  if command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    return
  fi
  need_root_or_say "PostgreSQL server programs (initdb, pg_ctl)" "apt-get install -y postgresql-15"
  echo "Installing PostgreSQL server programs (postgresql-15)..."
  apt_install postgresql-15 || apt_install postgresql
  # The Debian package starts a system-wide cluster; ours are private, so stop that one.
  (command -v pg_ctlcluster >/dev/null && pg_lsclusters -h 2>/dev/null | awk '{print $1, $2}' | while read -r v c; do pg_ctlcluster "$v" "$c" stop || true; done) || true
}

ensure_node() {
  if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    return
  fi
  need_root_or_say "Node.js and npm (for the SMTP catcher)" "apt-get install -y nodejs npm"
  echo "Installing Node.js and npm..."
  apt_install nodejs npm
}

ensure_maildev() {
  local dir="$1/eng/maildev"
  if [ ! -x "$dir/node_modules/maildev/bin/maildev" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "Installing the SMTP catcher (maildev) into eng/maildev..."
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >/dev/null
  fi
}

ensure_node_version() {
  # Vite 8 needs Node.js 20.19 or newer; Debian 12's own nodejs package is older.
  if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
    echo "Node.js $(node --version) is too old for the web app's build: install Node.js 20.19 or newer (e.g. from NodeSource)." >&2
    exit 1
  fi
}

# Installs the web app's packages when its lock file changed, then builds it into the host's wwwroot.
ensure_web() {
  local dir="$1/src/Workflows.Web"
  ensure_node_version
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "Installing the web app's packages (npm ci)..."
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >/dev/null
  fi
  echo "Building the web app..."
  npm run --prefix "$dir" build --silent >/dev/null
}

# The end-to-end tests drive Debian's Chromium; test tools never download a browser of their own.
ensure_chromium() {
  if command -v chromium >/dev/null 2>&1; then
    return
  fi
  need_root_or_say "Chromium (for the end-to-end tests)" "apt-get install -y chromium"
  echo "Installing Chromium..."
  apt_install chromium
}

# The deployment test (eng/deployment-test.sh) runs the nodes behind Debian's nginx, as docs/deployment.md does.
ensure_nginx() {
  if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
    return
  fi
  need_root_or_say "nginx (for the deployment test)" "apt-get install -y nginx-light"
  echo "Installing nginx..."
  apt_install nginx-light || apt_install nginx
  # The package starts a system-wide nginx on port 80; the test runs its own, so stop that one.
  if [ -s /run/nginx.pid ]; then
    /usr/sbin/nginx -s quit 2>/dev/null || true
  fi
}

ensure_prerequisites() {
  ensure_dotnet
  ensure_postgres
  ensure_node
  ensure_maildev "$1"
  ensure_web "$1"
}
