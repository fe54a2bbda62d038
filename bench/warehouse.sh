#!/usr/bin/env bash
# The analytics warehouse at an office's size: seeds N residence cases with their histories
# (`pathway cases seed`, about ten timeline lines each), then times a full rebuild of the warehouse
# (`pathway warehouse rebuild`: every case's facts and steps replayed, written and the dimensions
# filled) twice, on SQLite and on PostgreSQL when it is installed. The issue's target is 2,000,000
# applications with 20,000,000 case events rebuilt in under 2 minutes; the figures go to
# docs/benchmarks.md.
# Usage: bench/warehouse.sh [cases]   (default 2,000,000; the seed alone takes minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-2000000}
bench_name=warehouse
. bench/cli-bench.sh

run_all() {
  dotnet "$cli" seed --persons 1 >/dev/null
  timed "cases seed: $cases cases" bash -c "dotnet '$cli' cases seed --cases $cases | tail -1"
  timed "warehouse rebuild" bash -c "dotnet '$cli' warehouse rebuild --tenant demo | tail -1"
  timed "warehouse rebuild again" bash -c "dotnet '$cli' warehouse rebuild --tenant demo | tail -1"
}

on_each_database run_all
