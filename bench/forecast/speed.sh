#!/usr/bin/env bash
# Speed: N synthetic monthly series of L months forecast 12 ahead with automatic model selection.
# Usage: bench/forecast/speed.sh [N=10000] [L=120] [model=auto]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
length=${2:-120}
model=${3:-auto}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/forecast/synthetic-series.py "$n" "$length" > "$work/series.csv"
dotnet build src/Pathway.Cli -c Release -v q > /dev/null
/usr/bin/time -f "wall %e s, CPU %U s user + %S s sys, peak %M KB" dotnet src/Pathway.Cli/bin/Release/net10.0/pathway.dll \
  forecast --input "$work/series.csv" --horizon 12 --output "$work/forecasts.csv" --model "$model" 2>&1 | grep -v "^\s*$" | tail -3
