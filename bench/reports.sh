#!/usr/bin/env bash
# The report library at an office's size: seeds N residence cases with their histories (`pathway cases
# seed`), rebuilds the warehouse, then times `pathway report run` for the monthly office report (PDF
# with charts, and SDMX-CSV) and the year's Eurostat residence-permit report (SDMX-CSV transmission,
# and PDF), each run kept in the library, on SQLite and on PostgreSQL when it is installed. The times
# include the command's start (about 1.5 s); the issue's target is the annual Eurostat report under
# 10 s at 2,000,000 applications. The figures go to docs/benchmarks.md.
# Usage: bench/reports.sh [cases]   (default 100,000; the demo cases fall in this year)
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
year=$(date +%Y)
month=$(date +%Y-%m)
bench_name=reports
. bench/cli-bench.sh

report() {
  local label=$1; shift
  timed "$label" bash -c "dotnet '$cli' report run $* --tenant demo | tail -1"
}

run_all() {
  dotnet "$cli" seed --persons 1 >/dev/null
  timed "cases seed: $cases cases" bash -c "dotnet '$cli' cases seed --cases $cases | tail -1"
  timed "warehouse rebuild" bash -c "dotnet '$cli' warehouse rebuild --tenant demo | tail -1"
  report "monthly-office $month, PDF" monthly-office --param month=$month --format pdf --output "$work/monthly.pdf"
  report "monthly-office $month, SDMX-CSV" monthly-office --param month=$month --format sdmx-csv --output "$work/monthly.csv"
  report "eurostat-residence-permits $year, SDMX-CSV transmission" eurostat-residence-permits --param year=$year --format sdmx-csv --transmission --output "$work/resfirst.csv"
  report "eurostat-residence-permits $year, PDF" eurostat-residence-permits --param year=$year --format pdf --output "$work/permits.pdf"
  timed "CLI start alone (report list)" bash -c "dotnet '$cli' report list >/dev/null"
}

on_each_database run_all
