#!/usr/bin/env bash
# Portal search at scale: seeds N content items (Polish source, English and most Ukrainian texts
# published: about 27,000 texts for 10,000 items) and times each kind of query through the search
# the page and the API run, on SQLite (FTS5) and on PostgreSQL (tsvector, GIN) when it is installed.
# Issue target: p95 under 100 ms with 10,000 items.
# Usage: bench/portal-search.sh [N] [runs]   (defaults: 10,000 items, 100 searches of each kind)
# The databases live in a temporary folder (PostgreSQL: a throwaway cluster on a free loopback
# port); everything is removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
items=${1:-10000}
runs=${2:-100}
work=$(mktemp -d /tmp/pathway-portal-search.XXXXXX)
chmod 755 "$work"
bin=$(dirname "$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || echo /nonexistent/initdb)")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$work/pg"; su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
cleanup() {
  [ -d "$work/pg/data" ] && as_pg "'$bin/pg_ctl' -D '$work/pg/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
step() { echo "== $(date +%T) $*"; }

step "load: $(uptime)"
step "building Release"
dotnet build bench/Pathway.Portal.Bench -c Release -v quiet -nologo >/dev/null
bench="$(pwd)/bench/Pathway.Portal.Bench/bin/Release/net10.0/Pathway.Portal.Bench.dll"

step "SQLite"
dotnet "$bench" --items "$items" --runs "$runs" --sqlite "$work/portal.db"

if [ -x "$bin/initdb" ]; then
  step "PostgreSQL ($("$bin/postgres" --version))"
  mkdir -p "$work/pg"
  as_pg "'$bin/initdb' -D '$work/pg/data' -A trust -U pathway >/dev/null"
  as_pg "'$bin/pg_ctl' -D '$work/pg/data' -l '$work/pg/server.log' -w -o \"-p $port -k $work/pg -c listen_addresses=127.0.0.1\" start" >/dev/null
  dotnet "$bench" --items "$items" --runs "$runs" --postgres "Host=127.0.0.1;Port=$port;Database=postgres;Username=pathway"
else
  step "PostgreSQL is not installed: only SQLite measured"
fi
