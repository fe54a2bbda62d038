#!/usr/bin/env bash
# Accuracy on the public monthly series in ../shared/data/time-series/: `pathway backtest` (all
# models) against R's forecast::ets (and, with R_MODELS=ets,arima,theta, auto.arima and thetaf)
# on the same rolling origins. R is only a benchmark here (Debian: r-cran-forecast).
# Usage: bench/forecast/accuracy.sh [horizon=12] [origins=36]
set -euo pipefail
cd "$(dirname "$0")/../.."
horizon=${1:-12}
origins=${2:-36}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/forecast/shared-series.py > "$work/series.csv"
echo "$(grep -c . "$work/series.csv") lines, $(cut -d, -f1 "$work/series.csv" | sort -u | grep -vc series_id) series"
dotnet build src/Pathway.Cli -c Release -v q > /dev/null
dotnet src/Pathway.Cli/bin/Release/net10.0/pathway.dll backtest --input "$work/series.csv" --horizon "$horizon" --origins "$origins" --output "$work/pathway.csv"
if command -v Rscript > /dev/null; then
  Rscript bench/forecast/r-backtest.R "$work/series.csv" "$horizon" "$origins" "${R_MODELS:-ets}" > "$work/r.csv"
else
  echo "Rscript not found: apt-get install r-cran-forecast for the R comparison"
fi
