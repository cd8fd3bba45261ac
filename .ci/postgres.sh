#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages when missing, starts it, and creates a test database and user.
# Prints the environment that the integration tests read; `.ci/run` does:  eval "$(bash .ci/postgres.sh)"
# Idempotent: safe to run again on a machine where the database already exists. Needs root (CI runs as root).
set -euo pipefail

db="${PALERMO_TEST_DB_NAME:-palermo_test}"
user="${PALERMO_TEST_DB_USER:-palermo_test}"
password="${PALERMO_TEST_DB_PASSWORD:-palermo_test}"
port="${PALERMO_TEST_DB_PORT:-5432}"

log() { echo "postgres.sh: $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  log "creating cluster $version/main"
  pg_createcluster "$version" main --port "$port" >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  log "starting cluster $version/main"
  pg_ctlcluster "$version" main start >&2
fi

for _ in $(seq 1 30); do
  if su postgres -c "pg_isready -q -p $port"; then break; fi
  sleep 1
done
su postgres -c "pg_isready -q -p $port" || { log "PostgreSQL did not become ready"; exit 1; }

psql_as_postgres() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qAt $*"; }

if [ "$(psql_as_postgres "-c \"select 1 from pg_roles where rolname = '$user'\"")" != "1" ]; then
  log "creating role $user"
  psql_as_postgres "-c \"create role $user login password '$password'\"" >&2
fi
if [ "$(psql_as_postgres "-c \"select 1 from pg_database where datname = '$db'\"")" != "1" ]; then
  log "creating database $db"
  psql_as_postgres "-c \"create database $db owner $user\"" >&2
fi

echo "export PALERMO_TEST_DB_URL=jdbc:postgresql://127.0.0.1:$port/$db"
echo "export PALERMO_TEST_DB_USER=$user"
echo "export PALERMO_TEST_DB_PASSWORD=$password"
