#!/usr/bin/env python3
"""Writes the public monthly series in ../shared/data/time-series/ as one long-format CSV
(series_id,period,value) for `pathway backtest` and the R comparison.

Eurostat migr_asyappctzm: applicants per reporting country, 2008-01..2015-03 (the two last months
of the extraction are incomplete for late reporters, so they are left out; ':' is a missing value).
Migrationsverket: Sweden's monthly applications and decisions 2009-01..2017-05 (all count columns).
"""
import csv, sys, pathlib

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[3] / "shared/data/time-series")
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["series_id", "period", "value"])

with open(root / "eurostat-asylum-monthly/migr_asyappctzm_1_Data.csv", newline="") as f:
    rows = sorted(csv.DictReader(f), key=lambda r: (r["GEO"], r["TIME"]))
for r in rows:
    period = r["TIME"].replace("M", "-")
    if period > "2015-03":
        continue
    value = r["Value"].replace(",", "")
    out.writerow(["eurostat/" + r["GEO"].split(" (")[0], period, "" if value == ":" else value])

with open(root / "sweden-asylum-monthly/applications.csv", newline="") as f:
    rows = list(csv.DictReader(f))
for column in ["total", "male", "female", "minors", "unacc_minors", "decisions", "granted", "rejected", "dublin", "others"]:
    for r in rows:
        out.writerow(["sweden/" + column, r["year_month"], r[column]])
