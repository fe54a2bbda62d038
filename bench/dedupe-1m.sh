#!/usr/bin/env bash
# Deduplicates N synthetic persons and scores the result against the generator's ground truth:
# pairwise precision/recall/F1 over all pairs at the linkage threshold (0.5), and precision of the
# pairs the review queue would take (match probability from 0.8, RegistrationSuspicions.QueueFrom).
# Usage: bench/dedupe-1m.sh [N] [demo|independent] [seed]   (defaults: 1,000,000, demo, 20261123)
#   demo:        `pathway seed --csv` (families, namesakes, typos, Polish and older romanisations,
#                swapped, mistyped or year-only dates, swapped names)
#   independent: bench/Pathway.Matching.Bench --generate, designed separately (Polish-spelled name
#                pool, names and towns drawn independently, other faults: Cyrillic spellings,
#                truncated given names, dates a day or a month off, missing fields)
set -euo pipefail
export Registry__ScanAtSeed=false  # the benchmark times its own work, not the scan that ends a demo seed
cd "$(dirname "$0")/.."
persons=${1:-1000000}
generator=${2:-demo}
seed=${3:-20261123}
dotnet build src/Pathway.Cli -c Release -v quiet -nologo >/dev/null
cli="$(pwd)/src/Pathway.Cli/bin/Release/net10.0/pathway.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$generator" = independent ]; then
  dotnet build bench/Pathway.Matching.Bench -c Release -v quiet -nologo >/dev/null
  bench/Pathway.Matching.Bench/bin/Release/net10.0/Pathway.Matching.Bench --generate "$persons" --output "$work/persons.csv" --seed "$seed"
else
  NO_COLOR=1 dotnet "$cli" seed --persons "$persons" --duplicates 0.1 --seed "$seed" --csv "$work/persons.csv" | tail -1
fi
score() {
python3 - "$work/persons.csv" "$1" "$2" <<'PY'
import csv, sys
from collections import Counter
truth = {row["id"]: row["cluster"] for row in csv.DictReader(open(sys.argv[1]))}
pred = {row["id"]: row["cluster_id"] for row in csv.DictReader(open(sys.argv[2]))}
pairs = lambda counts: sum(n * (n - 1) // 2 for n in counts.values())
tp = pairs(Counter((pred[i], truth[i]) for i in truth))
p, r = tp / pairs(Counter(pred.values())), tp / pairs(Counter(truth.values()))
print(f"{sys.argv[3]}: pairwise precision {p:.4f}, recall {r:.4f}, F1 {2 * p * r / (p + r):.4f}")
PY
}
uptime
NO_COLOR=1 /usr/bin/time -f "wall %e s, peak RSS %M KB, user %U s, sys %S s" dotnet "$cli" dedupe --input "$work/persons.csv" --id-column id --field cluster=ignore --output "$work/clusters.csv" 2>&1 | tail -4
uptime
score "$work/clusters.csv" "threshold 0.5"
NO_COLOR=1 dotnet "$cli" dedupe --input "$work/persons.csv" --id-column id --field cluster=ignore --threshold 0.8 --output "$work/review.csv" >/dev/null 2>&1
score "$work/review.csv" "review queue (from 0.8)"
