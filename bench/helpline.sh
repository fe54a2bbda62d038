#!/usr/bin/env bash
# The helpline at a year's size: a year of synthetic calls (120 on a working day, a tenth of that
# on weekends: about 33,000 calls, 39,000 Master.csv rows, 66,000 queue_log events) imported with
# `pathway helpline import`, imported again (nothing new), imported grown by a week (only the new
# lines), and counted with `pathway helpline stats` for the year and for a month; on SQLite, and on
# PostgreSQL when it is installed. No target is set by the issue; the figures go to docs/benchmarks.md.
# Usage: bench/helpline.sh [calls-per-working-day]
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-120}
bench_name=helpline
. bench/cli-bench.sh

dotnet "$cli" dev telephony --from 2025-01-01 --days 365 --calls-per-day "$calls" --out "$work/year"
dotnet "$cli" dev telephony --from 2025-01-01 --days 372 --calls-per-day "$calls" --out "$work/grown"
ls -l "$work/year"

run() {
  (cd "$work" && dotnet "$cli" seed --persons 1 >/dev/null)
  timed "import a year (new)" dotnet "$cli" helpline import --file "$work/year/Master.csv" --queue-log "$work/year/queue_log" 2>/dev/null
  timed "import the same year again" dotnet "$cli" helpline import --file "$work/year/Master.csv" --queue-log "$work/year/queue_log" 2>/dev/null
  timed "import the file grown by a week" dotnet "$cli" helpline import --file "$work/grown/Master.csv" --queue-log "$work/grown/queue_log" 2>/dev/null
  timed "stats for the year" dotnet "$cli" helpline stats --from 2025-01-01 --to 2025-12-31
  timed "stats for a month" dotnet "$cli" helpline stats --from 2025-10-01 --to 2025-10-31 --format csv
  timed "CLI start alone (stats of an empty day)" bash -c "dotnet '$cli' helpline stats --from 2020-01-01 --to 2020-01-01 >/dev/null"
}

on_each_database run
