#!/usr/bin/env bash
# The warehouse's two fact tables of the demo data written as Parquet by `pathway warehouse export`
# (each a command of its own, so the time includes the CLI's start and migration check, measured
# alone by exporting the 30-odd rows of dim-codes), after
# `pathway seed` and `pathway warehouse rebuild`; on SQLite, and on PostgreSQL when it is installed.
# An optional number of extra synthetic cases (`pathway cases seed --cases N`) makes the tables larger.
# No target is set by the issue; the figures go to docs/benchmarks.md.
# Usage: bench/warehouse-export.sh [extra-cases]
set -euo pipefail
cd "$(dirname "$0")/.."
extra=${1:-0}
bench_name=warehouse-export
. bench/cli-bench.sh

run_all() {
  dotnet "$cli" seed >/dev/null
  if [ "$extra" -gt 0 ]; then dotnet "$cli" cases seed --cases "$extra" >/dev/null; fi
  echo "   warehouse rebuild: $(dotnet "$cli" warehouse rebuild --tenant demo | tail -1)"
  for table in dim-codes fact-applications fact-case-events; do
    timed "export $table" /usr/bin/time -f "   peak RSS %M KiB" -o "$work/rss" bash -c "dotnet '$cli' warehouse export --tenant demo --output '$work/out' --table $table | tail -1"
    echo "$(cat "$work/rss"), file $(du -k "$work/out/$table.parquet" | cut -f1) KiB"
  done
}

on_each_database run_all
