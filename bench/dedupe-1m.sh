#!/usr/bin/env bash
# Deduplicates N synthetic persons made by `pathway seed --csv` (10% second records with typos,
# Polish spellings, swapped or year-only dates, swapped names) and scores the result against the
# seed's ground truth. Usage: bench/dedupe-1m.sh [N]   (default 1,000,000)
set -euo pipefail
export Registry__ScanAtSeed=false  # the benchmark times its own work, not the scan that ends a demo seed
cd "$(dirname "$0")/.."
persons=${1:-1000000}
dotnet build src/Pathway.Cli -c Release -v quiet -nologo >/dev/null
cli="$(pwd)/src/Pathway.Cli/bin/Release/net10.0/pathway.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
NO_COLOR=1 dotnet "$cli" seed --persons "$persons" --duplicates 0.1 --csv "$work/persons.csv" | tail -1
NO_COLOR=1 /usr/bin/time -f "wall %e s, peak RSS %M KB" dotnet "$cli" dedupe --input "$work/persons.csv" --id-column id --field cluster=ignore --output "$work/clusters.csv" 2>&1 | tail -4
python3 - "$work" <<'PY'
import csv, sys
from collections import Counter
work = sys.argv[1]
truth = {row["id"]: row["cluster"] for row in csv.DictReader(open(f"{work}/persons.csv"))}
pred = {row["id"]: row["cluster_id"] for row in csv.DictReader(open(f"{work}/clusters.csv"))}
pairs = lambda counts: sum(n * (n - 1) // 2 for n in counts.values())
tp = pairs(Counter((pred[i], truth[i]) for i in truth))
p, r = tp / pairs(Counter(pred.values())), tp / pairs(Counter(truth.values()))
print(f"pairwise precision {p:.4f}, recall {r:.4f}, F1 {2 * p * r / (p + r):.4f}")
PY
