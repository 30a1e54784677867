#!/usr/bin/env bash
# Runs a command against a throwaway real PostgreSQL server: initdb into a temporary directory, start it on a free
# loopback port, export DATABASE_URL, run the command, then stop the server and delete the directory.
#
#   scripts/with-postgres.sh vitest run        # the server's tests (conformance suite included) on real PostgreSQL
#   scripts/with-postgres.sh pnpm bench        # the benchmark on real PostgreSQL
#
# With PG_DATA_DIR set, the data directory there is kept between runs (created on the first): a benchmark seeded once
# with a million tickets is not seeded again (e.g. PG_DATA_DIR=.cache/bench-pg-1000000, git-ignored).
#
# Finds the server binaries in $PG_BIN, else the newest /usr/lib/postgresql/*/bin (Debian's `postgresql` package),
# else `pg_config --bindir`. With none, prints why and exits 0 so that machines without PostgreSQL skip, not fail;
# set REQUIRE_POSTGRES=1 to make that an error instead.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$#" -eq 0 ]; then set -- vitest run; fi

bin="${PG_BIN:-}"
if [ -z "$bin" ]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [ -z "$bin" ] && command -v pg_config >/dev/null 2>&1; then
  bin="$(pg_config --bindir)"
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "SKIP: no PostgreSQL server binaries (initdb, pg_ctl) found; install Debian's 'postgresql' package or set PG_BIN." >&2
  [ "${REQUIRE_POSTGRES:-0}" = "1" ] && exit 1
  exit 0
fi

# PostgreSQL refuses to run as root: run the server as the 'postgres' system user when we are root.
as_server_user=()
if [ "$(id -u)" = "0" ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "Running as root, and there is no 'postgres' user to run the server as." >&2
    exit 1
  fi
  as_server_user=(runuser -u postgres --)
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/ticketkit-pg.XXXXXX")"
[ "${#as_server_user[@]}" -gt 0 ] && chown postgres "$work"
data="$work/data"
if [ -n "${PG_DATA_DIR:-}" ]; then
  mkdir -p "$PG_DATA_DIR"
  data="$(cd "$PG_DATA_DIR" && pwd)/data"
  [ "${#as_server_user[@]}" -gt 0 ] && chown postgres "$PG_DATA_DIR"
fi

port="${PGPORT_TEST:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"

stop() {
  "${as_server_user[@]}" "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT

echo "Starting PostgreSQL ($("$bin/postgres" --version)) on 127.0.0.1:$port…" >&2
if [ ! -f "$data/PG_VERSION" ]; then
  "${as_server_user[@]}" "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$work/initdb.log" 2>&1 \
    || { cat "$work/initdb.log" >&2; exit 1; }
fi
# Throwaway data: durability settings off for speed; memory for a million tickets to stay cached and for bulk index
# builds; listen on loopback only; the socket stays inside $work.
"${as_server_user[@]}" "$bin/pg_ctl" -D "$data" -l "$work/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=1GB -c maintenance_work_mem=512MB" \
  start >/dev/null || { cat "$work/server.log" >&2; exit 1; }

export DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "DATABASE_URL=$DATABASE_URL" >&2
"$@"
