#!/usr/bin/env bash
# Disclosure control of the analytics centre's cube (12 months in a year x 60 citizenships in 6
# continents x 6 age bands x 3 sexes, all totals): protection time and the suppression it costs,
# printed by the realistic-cube test of the module's tests, built in Release.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== $(date +%T) load: $(uptime)"
dotnet build tests/Pathway.Analytics.Tests -c Release -v quiet -nologo >/dev/null
tests/Pathway.Analytics.Tests/bin/Release/net10.0/Pathway.Analytics.Tests -method "*RealisticCube*" -showLiveOutput \
  | sed 's/\x1b\[[0-9;]*m//g' | grep -E "\[OUTPUT\]|Total:" | sed 's/.*\[OUTPUT\] //'
