# Sourced by the benchmarks that measure PostgreSQL too: a throwaway cluster in "$work/pg" (the
# script's temporary folder) on a free loopback port, trusted for the user pathway. As root the
# cluster runs as postgres. The caller's cleanup calls pg_stop before it removes "$work".
pg_bin=$(dirname "$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || echo /nonexistent/initdb)")
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$work/pg"; su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
pg_installed() { [ -x "$pg_bin/initdb" ]; }
pg_version() { "$pg_bin/postgres" --version; }
# Starts the cluster; its connection string is in $pg_connection. $pg_settings, when the caller sets
# it, adds server settings (e.g. "-c shared_buffers=2GB") for benchmarks at a production's size.
pg_start() {
  mkdir -p "$work/pg"
  as_pg "'$pg_bin/initdb' -D '$work/pg/data' -A trust -U pathway >/dev/null"
  as_pg "'$pg_bin/pg_ctl' -D '$work/pg/data' -l '$work/pg/server.log' -w -o \"-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 ${pg_settings:-}\" start" >/dev/null
  pg_connection="Host=127.0.0.1;Port=$pg_port;Database=postgres;Username=pathway"
}
pg_stop() { if [ -d "$work/pg/data" ]; then as_pg "'$pg_bin/pg_ctl' -D '$work/pg/data' -m immediate stop" >/dev/null 2>&1 || true; fi; }
