#!/usr/bin/env bash
# CI: Debian's PostgreSQL for the web tests, which then run against SQLite and PostgreSQL.
# Installs and starts the server, creates the role `nianbao` (allowed to create the test databases)
# and the database `nianbao`, and prints the URL the tests read from NIANBAO_TEST_DATABASE:
#   export NIANBAO_TEST_DATABASE="$(bash scripts/ci_postgres.sh)"
# Idempotent: a second run finds everything in place. Messages go to stderr, the URL to stdout.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
LOCK_TIMEOUT="${NIANBAO_APT_LOCK_TIMEOUT:-900}"
PASSWORD="${NIANBAO_TEST_DB_PASSWORD:-nianbao-ci}"

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "安装 PostgreSQL（Debian 的 postgresql 软件包）…" >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout="$LOCK_TIMEOUT" install -y -qq \
    --no-install-recommends postgresql >/dev/null
fi
read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters --no-header | head -n 1)
if [ "$STATUS" != "online" ]; then
  # pg_ctlcluster prints notes such as "Removed stale pid file." on stdout: keep them out of the URL.
  $SUDO pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi
if ! as_postgres psql -p "$PORT" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'nianbao'" | grep -q 1; then
  as_postgres psql -p "$PORT" -q -c "CREATE ROLE nianbao LOGIN CREATEDB PASSWORD '$PASSWORD'" >&2
else
  as_postgres psql -p "$PORT" -q -c "ALTER ROLE nianbao LOGIN CREATEDB PASSWORD '$PASSWORD'" >&2
fi
if ! as_postgres psql -p "$PORT" -tAc "SELECT 1 FROM pg_database WHERE datname = 'nianbao'" | grep -q 1; then
  as_postgres createdb -p "$PORT" -O nianbao nianbao >&2
fi
echo "PostgreSQL $VERSION 已在端口 $PORT 运行（角色 nianbao，数据库 nianbao）" >&2
echo "postgresql://nianbao:$PASSWORD@127.0.0.1:$PORT/nianbao"
