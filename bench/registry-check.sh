#!/usr/bin/env bash
# Times the duplicate check an officer meets when registering a person, on a registry of N
# persons (10% second records) in embedded SQLite. Usage: bench/registry-check.sh [N] [samples]
set -euo pipefail
export Registry__ScanAtSeed=false  # the benchmark times its own work, not the scan that ends a demo seed
cd "$(dirname "$0")/.."
persons=${1:-1000000}
samples=${2:-200}
dotnet build src/Pathway.Cli -c Release -v quiet -nologo >/dev/null
cli="$(pwd)/src/Pathway.Cli/bin/Release/net10.0/pathway.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
NO_COLOR=1 dotnet "$cli" seed --persons "$persons" --duplicates 0.1 | tail -1
NO_COLOR=1 dotnet "$cli" dev check-bench --samples "$samples" | tail -3
