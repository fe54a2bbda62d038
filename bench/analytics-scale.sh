#!/usr/bin/env bash
# The analytics centre at the issue's size (2,000,000 applications, about 20,000,000 case events), on
# SQLite and on PostgreSQL when it is installed. For each database it seeds N residence cases with
# their histories (`pathway cases seed`, about ten timeline lines each), then measures the issue's four
# targets:
#   1. a full warehouse rebuild (`pathway warehouse rebuild`, the command's start included): under 2 min;
#   2. the annual Eurostat report (`pathway report run eurostat-residence-permits`, SDMX-CSV
#      transmission, the command's start included): under 10 s;
#   3. the dashboard API (`GET /api/v1/analytics/dashboard`) for a set of filters, $dashboard_calls calls
#      each after a warm-up (5 by default), with curl and an API key: p95 under 300 ms;
#   4. the lag of the outbox feed while case officers' transitions run through the API
#      (bench/Pathway.Cases.Bench, `--load transitions`; each transition raises a step and the case's
#      facts): the warehouse page's lag, read every second: under 5 s at 200 events a second.
# The PostgreSQL cluster gets the memory a server of this size would (shared_buffers 2 GB, WAL 8 GB).
# The SQLite file is removed before PostgreSQL runs (disk). The figures go to docs/benchmarks.md.
# Usage: bench/analytics-scale.sh [cases] [lag seconds] [workers]   (defaults 2,000,000, 60, 4)
# BENCH_DATABASES=postgres or sqlite measures on one only; DASHBOARD_CALLS sets the calls per filter.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-2000000}
lag_seconds=${2:-60}
workers=${3:-4}
dashboard_calls=${DASHBOARD_CALLS:-5}
year=$(date +%Y)
bench_name=analytics-scale
pg_settings="-c shared_buffers=2GB -c max_wal_size=8GB -c maintenance_work_mem=1GB -c max_connections=200"
. bench/cli-bench.sh
dotnet build src/Pathway.Web -c Release -v quiet -nologo >/dev/null
dotnet build bench/Pathway.Cases.Bench -c Release -v quiet -nologo >/dev/null
web="$(pwd)/src/Pathway.Web/bin/Release/net10.0/Pathway.Web.dll"
load="$(pwd)/bench/Pathway.Cases.Bench/bin/Release/net10.0/Pathway.Cases.Bench"
web_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$web_port"

# The dashboard for one filter: $dashboard_calls calls after a warm-up; prints the p95 (nearest rank) and the slowest.
time_dashboard() {
  local label=$1 query=$2 key=$3 times=()
  curl -sf -H "X-Api-Key: $key" -o /dev/null "$base/api/v1/analytics/dashboard?$query"
  for _ in $(seq 1 "$dashboard_calls"); do
    times+=("$(curl -sf -H "X-Api-Key: $key" -o /dev/null -w '%{time_total}' "$base/api/v1/analytics/dashboard?$query")")
  done
  python3 - "$label" "${times[@]}" <<'PY'
import math, sys
label, times = sys.argv[1], sorted(float(t) * 1000 for t in sys.argv[2:])
p95 = times[math.ceil(0.95 * len(times)) - 1]
print(f"   dashboard, {label}: median {times[len(times) // 2]:.0f} ms, p95 {p95:.0f} ms, slowest {times[-1]:.0f} ms")
PY
}

# The feed's lag while transitions run: the warehouse page's lagSeconds every second, and the events
# the feed took (case steps and facts written) a second.
measure_lag() {
  local key=$1 load_key=$2
  "$load" --url "$base" --key "$load_key" --load transitions --seconds "$lag_seconds" --concurrency "$workers" --warmup 0 > "$work/transitions.txt" &
  local load_pid=$!
  : > "$work/lag.txt"
  while kill -0 "$load_pid" 2>/dev/null; do
    curl -sf -H "X-Api-Key: $key" "$base/api/v1/analytics/warehouse" | python3 -c 'import json,sys,time; a=json.load(sys.stdin); print(time.time(), a["lagSeconds"], a["waiting"], a["caseSteps"])' >> "$work/lag.txt" || true
    sleep 1
  done
  wait "$load_pid" || true
  sleep 10
  curl -sf -H "X-Api-Key: $key" "$base/api/v1/analytics/warehouse" | python3 -c 'import json,sys,time; a=json.load(sys.stdin); print(time.time(), a["lagSeconds"], a["waiting"], a["caseSteps"])' >> "$work/lag.txt"
  cat "$work/transitions.txt"
  python3 - "$work/lag.txt" <<'PY'
import math, sys
rows = [[float(x) for x in line.split()] for line in open(sys.argv[1]) if line.strip()]
during = rows[:-1]
lags = sorted(r[1] or 0 for r in during)
steps = (rows[-2][3] - rows[0][3]) / max(1, rows[-2][0] - rows[0][0])
print(f"   outbox feed: {len(during)} readings, lag median {lags[len(lags) // 2]:.1f} s, p95 {lags[math.ceil(0.95 * len(lags)) - 1]:.1f} s, "
      f"largest {lags[-1]:.1f} s; most waiting {max(r[2] for r in during):.0f} messages; {steps:.0f} steps a second reached the warehouse "
      f"(each with the case's facts: {2 * steps:.0f} events a second); 10 s after the load: {rows[-1][2]:.0f} waiting")
PY
}

run_all() {
  dotnet "$cli" seed --persons 1 >/dev/null
  timed "cases seed: $cases cases" bash -c "dotnet '$cli' cases seed --cases $cases | tail -1"
  timed "warehouse rebuild" bash -c "dotnet '$cli' warehouse rebuild --tenant demo | tail -1"
  timed "eurostat-residence-permits $year, SDMX-CSV transmission" bash -c \
    "dotnet '$cli' report run eurostat-residence-permits --param year=$year --format sdmx-csv --transmission --output '$work/resfirst.csv' --tenant demo | tail -1"
  timed "CLI start alone (report list)" bash -c "dotnet '$cli' report list >/dev/null"
  local key load_key
  key=$(dotnet "$cli" apikeys create --name "analytics bench" --scopes "analytics.dashboard warehouse.manage" --days 1 --tenant demo)
  load_key=$(dotnet "$cli" apikeys create --name "transitions bench" --scopes "cases.read cases.work cases.supervise" --days 1 --tenant demo)
  Database__SeedDemoData=false Warehouse__BuildAtStart=false Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
    dotnet "$web" --urls "$base" > "$work/web.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 180); do curl -sf -o /dev/null "$base/health/live" && break; sleep 1; done
  local to from60
  to=$(date +%Y-%m)
  from60=$(date -d "$(date +%Y-%m-01) -59 months" +%Y-%m)
  time_dashboard "last 12 months, no filter" "" "$key"
  time_dashboard "60 months, no filter" "from=$from60&to=$to" "$key"
  time_dashboard "type temporary-work" "type=temporary-work" "$key"
  time_dashboard "citizenship UKR" "citizenship=UKR" "$key"
  time_dashboard "sex F, age band Y18-34" "sex=F&ageBand=Y18-34" "$key"
  time_dashboard "voivodeship 14" "voivodeship=14" "$key"
  step "outbox feed under $workers workers' transitions for $lag_seconds s"
  measure_lag "$key" "$load_key"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$work/$bench_name.db" "$work/$bench_name.db-wal" "$work/$bench_name.db-shm"
}

on_each_database run_all
step "load: $(uptime)"
