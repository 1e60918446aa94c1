#!/usr/bin/env bash
# Start Debian's PostgreSQL cluster and create the role and database the store tests use.
# Prints the URL to export as ACCORD_TEST_PG_URL on its last line of stdout:
#   export ACCORD_TEST_PG_URL="$(.ci/start-postgres.sh | tail -n1)"
# Needs the Debian packages postgresql (and postgresql-common); run as root or as postgres.
# Idempotent: an already running cluster, role or database is left as it is.
set -euo pipefail

PG_USER="${ACCORD_PG_USER:-accord}"
PG_PASS="${ACCORD_PG_PASSWORD:-accord}"
PG_DB="${ACCORD_PG_DB:-accord_test}"

# Pick the newest installed cluster (pg_lsclusters: version cluster port status ...).
read -r VER NAME PORT STATUS _ < <(pg_lsclusters --no-header | sort -k1,1nr | head -n1) || {
    # No cluster yet: create one for the newest installed server version.
    VER="$(ls /usr/lib/postgresql | sort -n | tail -n1)"
    pg_createcluster "$VER" main >&2
    read -r VER NAME PORT STATUS _ < <(pg_lsclusters --no-header | sort -k1,1nr | head -n1)
}

if [ "$STATUS" != "online" ]; then
    pg_ctlcluster "$VER" "$NAME" start >&2
fi

as_postgres() {
    if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -c "$(printf '%q ' "$@")"; fi
}
psql_pg() { as_postgres psql -p "$PORT" -v ON_ERROR_STOP=1 -qtAX "$@"; }

# Wait until the server accepts connections.
for _ in $(seq 1 30); do
    if as_postgres pg_isready -q -p "$PORT"; then break; fi
    sleep 1
done

if [ "$(psql_pg -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'")" != 1 ]; then
    psql_pg -c "CREATE ROLE \"$PG_USER\" LOGIN PASSWORD '$PG_PASS' CREATEDB" >&2
fi
if [ "$(psql_pg -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" != 1 ]; then
    psql_pg -c "CREATE DATABASE \"$PG_DB\" OWNER \"$PG_USER\"" >&2
fi

echo "postgresql+psycopg://$PG_USER:$PG_PASS@localhost:$PORT/$PG_DB"
