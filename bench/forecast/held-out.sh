#!/usr/bin/env bash
# Accuracy on one half of the public monthly series (tune on one half, report on the other):
# `pathway backtest` (all models) and R's forecast package (R_MODELS, default ets,arima,theta,snaive)
# on the same rolling origins. The halves are the even and odd positions of the sorted series ids.
# Usage: bench/forecast/held-out.sh [half=odd] [horizon=12] [origins=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
half=${1:-odd}
horizon=${2:-12}
origins=${3:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/forecast/shared-series.py | python3 bench/forecast/halves.py "$half" > "$work/series.csv"
echo "$half half: $(cut -d, -f1 "$work/series.csv" | sort -u | grep -vc series_id) series, horizon $horizon, $origins origins"
dotnet build src/Pathway.Cli -c Release -v q > /dev/null
dotnet src/Pathway.Cli/bin/Release/net10.0/pathway.dll backtest --input "$work/series.csv" --horizon "$horizon" --origins "$origins" --output "$work/pathway.csv"
if command -v Rscript > /dev/null; then
  Rscript bench/forecast/r-backtest.R "$work/series.csv" "$horizon" "$origins" "${R_MODELS:-ets,arima,theta,snaive}" > "$work/r.csv"
else
  echo "Rscript not found: apt-get install r-cran-forecast for the R comparison"
fi
