#!/usr/bin/env bash
# Starts the platform as the README does (embedded SQLite, demo data), lets it settle, opens a
# few pages, waits idle and reports resident memory. Usage: bench/idle-memory.sh [idle seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
idle=${1:-60}
dotnet build src/Pathway.Web -c Release -v quiet -nologo >/dev/null
work=$(mktemp -d)
port=5391
(cd "$work" && dotnet "$OLDPWD/src/Pathway.Web/bin/Release/net10.0/Pathway.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$OLDPWD/src/Pathway.Web" >"$work/out.log" 2>&1) &
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
pid=$(pgrep -f "Pathway.Web.dll --urls http://127.0.0.1:$port" | head -1)
for page in / /ar/ /pl/account/login /en/account/register /health/ready; do curl -s "http://127.0.0.1:$port$page" >/dev/null; done
echo "warm: $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$pid/status)"
sleep "$idle"
echo "after ${idle}s idle: $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$pid/status) resident (peak $(awk '/VmHWM/ {print $2/1024 " MB"}' /proc/$pid/status))"
kill "$pid"; wait 2>/dev/null || true
rm -rf "$work"
