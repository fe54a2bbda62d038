#!/usr/bin/env bash
# The fairness monitor at an office's size: seeds N residence cases with their histories
# (`pathway cases seed`), rebuilds the warehouse, then times GET /api/v1/analytics/fairness with curl
# (an API key with the analytics.fairness scope) for the last 12 and the last 60 months, each 5 times
# after a warm-up, on SQLite and on PostgreSQL when it is installed. The answer is counted in the
# database (GROUP BY citizenship, sex, type, office, outcome), so its time grows with the facts read,
# not with the rows returned. The figures go to docs/benchmarks.md.
# Usage: bench/fairness.sh [cases]   (default 100,000)
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
bench_name=fairness
. bench/cli-bench.sh
dotnet build src/Pathway.Web -c Release -v quiet -nologo >/dev/null
web="$(pwd)/src/Pathway.Web/bin/Release/net10.0/Pathway.Web.dll"
web_port=5391

# Times the API for a span of months ending this month: the median and slowest of five calls.
time_api() {
  local months=$1 key=$2 to from times=()
  to=$(date +%Y-%m)
  from=$(date -d "$(date +%Y-%m-01) -$((months - 1)) months" +%Y-%m)
  local url="http://127.0.0.1:$web_port/api/v1/analytics/fairness?from=$from&to=$to"
  curl -sf -H "X-Api-Key: $key" "$url" -o "$work/answer.json"
  for _ in 1 2 3 4 5; do
    times+=("$(curl -sf -H "X-Api-Key: $key" -o /dev/null -w '%{time_total}' "$url")")
  done
  python3 - "$months" "$work/answer.json" "${times[@]}" <<'PY'
import json, statistics, sys
months, answer, times = sys.argv[1], json.load(open(sys.argv[2])), sorted(float(t) for t in sys.argv[3:])
print(f"   {months} months: {answer['decided']:,} decisions, {len(answer['outcomes'])} refusal rows "
      f"({sum(o['flagged'] for o in answer['outcomes'])} flagged), {len(answer['processingTimes'])} days rows, "
      f"{len(answer['tooFewForOutcomes'])} too few; median {statistics.median(times) * 1000:.0f} ms, slowest {times[-1] * 1000:.0f} ms")
PY
}

run_all() {
  timed "cases seed: $cases cases" bash -c "dotnet '$cli' cases seed --cases $cases | tail -1"
  timed "warehouse rebuild" bash -c "dotnet '$cli' warehouse rebuild --tenant demo | tail -1"
  local key
  key=$(dotnet "$cli" apikeys create --name "fairness bench" --scopes "analytics.fairness" --days 1 --tenant demo)
  Database__SeedDemoData=false Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
    dotnet "$web" --urls "http://127.0.0.1:$web_port" > "$work/web.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$web_port/health/live" && break; sleep 1; done
  time_api 12 "$key"
  time_api 60 "$key"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

step "SQLite"
export ConnectionStrings__Pathway="Data Source=$work/fairness.db" NO_COLOR=1 Protection__MasterKey="$(openssl rand -base64 32)"
(cd "$work" && dotnet "$cli" seed --persons 1 >/dev/null && run_all)

if pg_installed; then
  step "PostgreSQL ($(pg_version))"
  pg_start
  export ConnectionStrings__Pathway="$pg_connection" Database__Provider=Postgres
  (cd "$work" && dotnet "$cli" seed --persons 1 >/dev/null && run_all)
else
  step "PostgreSQL is not installed: only SQLite measured"
fi
step "load: $(uptime)"
