#!/usr/bin/env python3
"""Summarises an A/A table from bench/aa-eval.sh: verdict counts per task and overall, and a two-sided sign test
of the point estimates (above 1 vs below 1) per task and overall. Usage: bench/aa-summary.py FILE.tsv"""
import csv
import sys
from math import comb


def sign_test(above, below):
    n = above + below
    if n == 0:
        return float("nan")
    k = min(above, below)
    p = 2 * sum(comb(n, i) for i in range(k + 1)) / 2 ** n
    return min(1.0, p)


def number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
groups = {}
for r in rows:
    groups.setdefault(r["task"], []).append(r)
groups["ALL"] = rows
for task, rs in groups.items():
    verdicts = {}
    for r in rs:
        verdicts[r["verdict"]] = verdicts.get(r["verdict"], 0) + 1
    s = [float(r["speedup"]) for r in rs if number(r["speedup"])]
    above = sum(1 for x in s if x > 1)
    below = sum(1 for x in s if x < 1)
    s.sort()
    med = s[len(s) // 2] if s else float("nan")
    loads = [float(r["load1"]) for r in rs if r["load1"]]
    # a comparison that did not get as far as a verdict on the speedup (the eval failed, a side crashed) is counted
    # apart: it is neither a false IMPROVED nor a correct NEUTRAL
    measured = sum(verdicts.get(v, 0) for v in ("IMPROVED", "NEUTRAL", "REGRESSED"))
    print(f"{task:20s} n={len(rs):3d} {verdicts}  measured {measured}: false IMPROVED {verdicts.get('IMPROVED', 0)}/{measured}, "
          f"false REGRESSED {verdicts.get('REGRESSED', 0)}/{measured}; estimates above 1: {above}, below 1: {below}, "
          f"sign test p={sign_test(above, below):.3f}; median {med:.4f}, range {s[0] if s else 0:.3f}-{s[-1] if s else 0:.3f}; "
          f"load {min(loads) if loads else 0:.1f}-{max(loads) if loads else 0:.1f}")
