#!/usr/bin/env bash
# Anonymous portal pages under load: wrk on loopback, 64 connections, Release build, the embedded
# SQLite database with the demo data (issue target: 5,000 requests/s or more with p99 under 50 ms).
# Usage: bench/portal-pages.sh [seconds] [connections]   (defaults: 20 s, 64 connections)
# The web app runs in a temporary folder (its ./data holds the database) on a free loopback port;
# everything is removed on exit. A bare health check is measured first, for scale.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-64}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
work=$(mktemp -d /tmp/pathway-portal-pages.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
web_pid=
cleanup() { [ -n "$web_pid" ] && kill "$web_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
step() { echo "== $(date +%T) $*"; }

step "load: $(uptime)"
step "building Release"
dotnet build src/Pathway.Web -c Release -v quiet -nologo >/dev/null
web="$(pwd)/src/Pathway.Web/bin/Release/net10.0/Pathway.Web.dll"

step "web app (Release, SQLite with demo data) on http://127.0.0.1:$port"
(cd "$work" && Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production NO_COLOR=1 \
  exec dotnet "$web" --urls "http://127.0.0.1:$port" > "$work/web.log" 2>&1) &
web_pid=$!
for _ in $(seq 1 180); do curl -sf -o /dev/null "http://127.0.0.1:$port/uk/portal/articles/pesel-number" && break; sleep 1; done
curl -sf -o /dev/null "http://127.0.0.1:$port/uk/portal/articles/pesel-number" || { echo "the web app did not start:"; tail -20 "$work/web.log"; exit 1; }

measure() { # $1: path
  wrk -t2 -c"$connections" -d3s "http://127.0.0.1:$port$1" >/dev/null 2>&1 # warm-up
  local out
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$1")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  printf '%-58s %10s req/s   p50 %8s   p99 %8s   %s\n' "$1" "$rps" "$p50" "$p99" "$errors"
}

step "wrk, $connections connections, ${seconds} s each"
measure /health/live
measure /uk/portal/articles/pesel-number
measure /ar/portal/articles/pesel-number
measure /uk/portal/articles
measure /uk/portal/events
measure /uk/portal/events/workshop-residence-application
measure "/events.ics?lang=uk"
measure /uk/portal/glossary
measure /uk/portal/articles/residence-card-application
measure "/uk/portal/services?staff=Women"
measure "/uk/portal/articles/which-permit?q=qualified&a=2&p=purpose.1"
measure /uk/portal/articles/residence-card
measure /uk/portal/articles/support-for-women-praga
measure /uk/portal/articles/how-was-your-visit
measure "/branding.css?v=0"
