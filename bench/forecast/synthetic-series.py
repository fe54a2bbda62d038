#!/usr/bin/env python3
"""Writes N synthetic monthly count series of L months in the long format, for speed runs:
level, trend, yearly seasonality (multiplicative), a level shift in a quarter of them (the 2015-
and 2022-like breaks), Poisson-like noise, and some sparse series with zeros.
Usage: synthetic-series.py N [L=120] [seed=1] > series.csv"""
import math, random, sys

n = int(sys.argv[1]); length = int(sys.argv[2]) if len(sys.argv) > 2 else 120
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
out = sys.stdout
out.write("series_id,period,value\n")
for s in range(n):
    level = math.exp(rng.uniform(math.log(3), math.log(5000)))
    growth = rng.gauss(0, 0.006)
    amplitude = rng.uniform(0, 0.4)
    phase = rng.uniform(0, 2 * math.pi)
    shift_at = rng.randrange(length // 3, length) if rng.random() < 0.25 else None
    shift = math.exp(rng.gauss(0, 0.5))
    for t in range(length):
        year, month = 2016 + t // 12, t % 12 + 1
        mean = level * math.exp(growth * t) * (1 + amplitude * math.sin(2 * math.pi * t / 12 + phase))
        if shift_at is not None and t >= shift_at:
            mean *= shift
        value = max(0, round(rng.gauss(mean, math.sqrt(mean) + 0.05 * mean)))
        out.write(f"S{s:05d},{year}-{month:02d},{value}\n")
