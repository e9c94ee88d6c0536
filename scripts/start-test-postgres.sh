#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests and prints its URL on stdout (progress on stderr).
# Used by .ci/run and by the vitest global setup when no DATABASE_URL is given. Installs Debian's postgresql
# when INSTALL_POSTGRES=1 and no server binaries are found (CI machines reach Debian's packages).
# Usage: scripts/start-test-postgres.sh <data-dir>     Stop: pg_ctl -D <data-dir>/pgdata stop
set -euo pipefail
root="${1:?data dir}"

find_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$found" ] && [ -x "$found/initdb" ]; then echo "$found"; return 0; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

bin=$(find_bin || true)
if [ -z "$bin" ] && [ "${INSTALL_POSTGRES:-0}" = "1" ]; then
  echo "PostgreSQL bulunamadı; Debian paketi kuruluyor…" >&2
  export DEBIAN_FRONTEND=noninteractive
  (apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql) >&2
  bin=$(find_bin || true)
fi
if [ -z "$bin" ]; then
  echo "PostgreSQL sunucu programları (initdb, pg_ctl) bulunamadı." >&2
  exit 3
fi

mkdir -p "$root"
data="$root/pgdata"
# The server refuses to run as root: as root, the data folder belongs to the postgres system user.
as_pg=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$root"
  as_pg=(runuser -u postgres --)
fi
# The postgres user may not enter the caller's folder (a private temp clone): run from the data root.
cd "$root"
port=$(( 20000 + RANDOM % 20000 ))
"${as_pg[@]}" "$bin/initdb" -D "$data" -U kurum --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null 2>&1 \
  || "${as_pg[@]}" "$bin/initdb" -D "$data" -U kurum --auth=trust -E UTF8 >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$data" -l "$root/postgres.log" -w -t 60 \
  -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2
echo "postgres://kurum@127.0.0.1:$port/postgres"
