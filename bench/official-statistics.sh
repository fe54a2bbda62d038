#!/usr/bin/env bash
# Eurostat's residence-permit tables at an office's size: seeds N residence cases with their histories
# (`pathway cases seed`: granted cases get their permit's validity, some Ukrainians temporary protection),
# rebuilds the warehouse, then times a year's tables twice (`pathway statistics permits`: the year's
# granted applications and the same persons' earlier permits read from the warehouse, the first-permit
# rules, the disclosure control, four SDMX-CSV files written and audited), on SQLite and on PostgreSQL
# when it is installed. The issue's target is the annual report under 10 s at 2,000,000 applications;
# the figures go to docs/benchmarks.md.
# Usage: bench/official-statistics.sh [cases] [year]   (default 100,000 and this year: the demo cases start in 2026)
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
year=${2:-$(date +%Y)}
bench_name=official-statistics
. bench/cli-bench.sh

run_all() {
  dotnet "$cli" seed --persons 1 >/dev/null
  timed "cases seed: $cases cases" bash -c "dotnet '$cli' cases seed --cases $cases | tail -1"
  timed "warehouse rebuild" bash -c "dotnet '$cli' warehouse rebuild --tenant demo | tail -1"
  timed "statistics permits $year" bash -c "dotnet '$cli' statistics permits --tenant demo --year $year --output '$work/files' | tail -1"
  timed "statistics permits $year again" bash -c "dotnet '$cli' statistics permits --tenant demo --year $year --output '$work/files' | tail -1"
}

on_each_database run_all
