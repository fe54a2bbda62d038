#!/usr/bin/env bash
# Deduplicates a generated file shaped like the public 50k historical-persons set (lower-case
# names, whole name beside split names, 22% empty dob, dates 1700-1920, families sharing surname
# and place, birth-place spellings, a few people with hundreds of records) with default settings,
# and scores the clusters against the file's ground truth.
# Usage: bench/dedupe-historical.sh [ROWS] [SEED]   (default 50,578 rows, seed 7)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-50578}
seed=${2:-7}
dotnet build src/Pathway.Cli -c Release -v quiet -nologo >/dev/null
dotnet build bench/Pathway.Matching.Bench -c Release -v quiet -nologo >/dev/null
cli="$(pwd)/src/Pathway.Cli/bin/Release/net10.0/pathway.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet bench/Pathway.Matching.Bench/bin/Release/net10.0/Pathway.Matching.Bench.dll --generate-historical "$rows" --seed "$seed" --output "$work/people.csv"
NO_COLOR=1 /usr/bin/time -f "wall %e s, peak RSS %M KB" dotnet "$cli" dedupe --input "$work/people.csv" --id-column unique_id --output "$work/clusters.csv" 2>&1 | grep -v "━" | tail -12
python3 - "$work" <<'PY'
import csv, sys
from collections import Counter
work = sys.argv[1]
truth = {row["unique_id"]: row["cluster"] for row in csv.DictReader(open(f"{work}/people.csv"))}
pred = {row["id"]: row["cluster_id"] for row in csv.DictReader(open(f"{work}/clusters.csv"))}
pairs = lambda counts: sum(n * (n - 1) // 2 for n in counts.values())
tp = pairs(Counter((pred[i], truth[i]) for i in truth))
p, r = tp / pairs(Counter(pred.values())), tp / pairs(Counter(truth.values()))
print(f"persons {len(set(truth.values()))}, records {len(truth)}; pairwise precision {p:.4f}, recall {r:.4f}, F1 {2 * p * r / (p + r):.4f}")
PY
