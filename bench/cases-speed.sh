#!/usr/bin/env bash
# Residence cases at scale on PostgreSQL: seeds N cases with their history, then measures case search,
# an officer's queue page and workflow transitions through the HTTP API with bench/Pathway.Cases.Bench.
# Usage: bench/cases-speed.sh [N] [seconds] [concurrency]   (defaults: 2,000,000 cases, 30 s, 16 workers)
# A throwaway cluster in a temporary folder on a free loopback port; everything is removed on exit.
# CASES_SPEED_DIR=/some/folder keeps the seeded cluster there instead, and a later run with the same
# folder measures again without seeding (the seed of 2,000,000 cases takes several minutes).
# The seed runs with fsync off (it is a bulk load); the cluster restarts with fsync and synchronous
# commit on before anything is measured, so a transition's figure includes a durable commit.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-2000000}
seconds=${2:-30}
concurrency=${3:-16}
bin=$(dirname "$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
keep=${CASES_SPEED_DIR:-}
if [ -n "$keep" ]; then mkdir -p "$keep"; work=$(cd "$keep" && pwd); else work=$(mktemp -d /tmp/pathway-cases-speed.XXXXXX); fi
chmod 755 "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
web_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$work"; su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
web_pid=
cleanup() {
  [ -n "$web_pid" ] && kill "$web_pid" 2>/dev/null || true
  if [ -n "$keep" ]; then
    as_pg "'$bin/pg_ctl' -D '$work/data' -w stop" >/dev/null 2>&1 || true
  else
    as_pg "'$bin/pg_ctl' -D '$work/data' -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$work"
  fi
}
trap cleanup EXIT
step() { echo "== $(date +%T) $*"; }
server() { # $1: extra settings
  as_pg "'$bin/pg_ctl' -D '$work/data' -l '$work/server.log' -w -t 120 -o \"-p $port -k $work -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=2GB -c maintenance_work_mem=1GB -c max_wal_size=8GB $1\" start" >/dev/null
}

step "load: $(uptime)"
step "building Release (CLI, web app, load generator)"
dotnet build src/Pathway.Cli -c Release -v quiet -nologo >/dev/null
dotnet build src/Pathway.Web -c Release -v quiet -nologo >/dev/null
dotnet build bench/Pathway.Cases.Bench -c Release -v quiet -nologo >/dev/null
cli="$(pwd)/src/Pathway.Cli/bin/Release/net10.0/pathway.dll"
web="$(pwd)/src/Pathway.Web/bin/Release/net10.0/Pathway.Web.dll"
load="$(pwd)/bench/Pathway.Cases.Bench/bin/Release/net10.0/Pathway.Cases.Bench"

export Database__Provider=Postgres NO_COLOR=1 Protection__MasterKey="$(openssl rand -base64 32)"
export ConnectionStrings__Pathway="Host=127.0.0.1;Port=$port;Username=postgres;Database=pathway;Maximum Pool Size=100"
if [ -f "$work/seeded" ]; then
  step "kept cluster in $work holds $(cat "$work/seeded") cases: not seeding again"
  server ""
else
  step "PostgreSQL cluster in $work on port $port"
  as_pg "'$bin/initdb' -D '$work/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync" >/dev/null
  server "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE pathway"

  step "migrating and seeding $cases cases (progress every 30 s)"
  ( while sleep 30; do echo "   $(date +%T) $(psql -h 127.0.0.1 -p "$port" -U postgres -d pathway -Atc 'SELECT count(*) FROM "Cases_Cases"' 2>/dev/null || echo '?') cases"; done ) &
  progress=$!
  start=$(date +%s)
  dotnet "$cli" cases seed --cases "$cases" | tail -1
  kill "$progress" 2>/dev/null || true
  step "seed took $(( $(date +%s) - start )) s; ANALYZE"
  psql -h 127.0.0.1 -p "$port" -U postgres -d pathway -qc "ANALYZE"
  psql -h 127.0.0.1 -p "$port" -U postgres -d pathway -Atc "SELECT 'cases ' || (SELECT count(*) FROM \"Cases_Cases\") || ', events ' || (SELECT count(*) FROM \"Cases_CaseEvents\") || ', name words ' || (SELECT count(*) FROM \"Cases_ApplicantWords\") || ', database ' || pg_size_pretty(pg_database_size('pathway'))"
  echo "$cases" > "$work/seeded"

  step "restarting PostgreSQL with fsync and synchronous commit on"
  as_pg "'$bin/pg_ctl' -D '$work/data' -w stop" >/dev/null
  server ""
fi
key=$(dotnet "$cli" apikeys create --name "cases speed" --scopes "cases.read cases.work cases.supervise" --days 1 --tenant demo)

step "web app (Release) on http://127.0.0.1:$web_port"
Database__SeedDemoData=false Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$web" --urls "http://127.0.0.1:$web_port" > "$work/web.log" 2>&1 &
web_pid=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$web_port/health/live" >/dev/null 2>&1 && break; curl -sf -o /dev/null "http://127.0.0.1:$web_port/" && break; sleep 1; done

run() { "$load" --url "http://127.0.0.1:$web_port" --key "$key" --seconds "$seconds" --concurrency "$concurrency" --warmup 5 "$@"; }
for kind in search queue transitions; do
  step "$kind: $seconds s, $concurrency workers"
  run --load "$kind"
done
step "search by kind of query"
run --load search --kinds number,passport
run --load search --kinds surname,cyrillic,two-words
step "load: $(uptime)"
