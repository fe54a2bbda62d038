#!/usr/bin/env bash
# Times `pathway seed --persons N` on a fresh embedded SQLite database (and on PostgreSQL when
# PATHWAY_BENCH_PG is a connection string). Usage: bench/seed.sh [N]   (default 1,000,000)
# The duplicate scan that ends a demo seed is timed on its own (docs/benchmarks.md, full scan), so it
# is switched off here and the figure stays the writing of the records.
set -euo pipefail
export Registry__ScanAtSeed=false
cd "$(dirname "$0")/.."
persons=${1:-1000000}
dotnet build src/Pathway.Cli -c Release -v quiet -nologo >/dev/null
cli="$(pwd)/src/Pathway.Cli/bin/Release/net10.0/pathway.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "SQLite, $persons persons:"
(cd "$work" && NO_COLOR=1 /usr/bin/time -f "wall %e s, peak RSS %M KB" dotnet "$cli" seed --persons "$persons" | tail -1)
ls -la "$work/data/pathway.db" | awk '{printf "database file %.0f MB\n", $5/1048576}'
if [ -n "${PATHWAY_BENCH_PG:-}" ]; then
  echo "PostgreSQL, $persons persons:"
  (cd "$work" && NO_COLOR=1 Database__Provider=Postgres ConnectionStrings__Pathway="$PATHWAY_BENCH_PG" Protection__MasterKey="$(openssl rand -base64 32)" \
    /usr/bin/time -f "wall %e s, peak RSS %M KB" dotnet "$cli" seed --persons "$persons" | tail -1)
fi
