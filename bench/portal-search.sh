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
. bench/throwaway-postgres.sh
cleanup() {
  pg_stop
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

if pg_installed; then
  step "PostgreSQL ($(pg_version))"
  pg_start
  dotnet "$bench" --items "$items" --runs "$runs" --postgres "$pg_connection"
else
  step "PostgreSQL is not installed: only SQLite measured"
fi
