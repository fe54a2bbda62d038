#!/usr/bin/env python3
"""Keeps one half of a long-format series CSV (series_id,period,value) from stdin: the series at
even or odd positions of the sorted ids. Tune on one half, report on the other.
Usage: python3 halves.py even|odd < series.csv > half.csv
"""
import csv, sys

half = sys.argv[1] if len(sys.argv) > 1 else "odd"
if half not in ("even", "odd"):
    sys.exit("usage: halves.py even|odd < series.csv")
rows = list(csv.reader(sys.stdin))
header, body = rows[0], rows[1:]
ids = sorted({r[0] for r in body})
keep = {i for k, i in enumerate(ids) if (k % 2 == 0) == (half == "even")}
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(header)
out.writerows(r for r in body if r[0] in keep)
