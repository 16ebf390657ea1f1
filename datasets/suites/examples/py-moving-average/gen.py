#!/usr/bin/env python3
"""Writes tests/large.in for py-moving-average: window length, then a random-walk price
series with two decimals (fixed seed)."""
import os
import random
import sys

# --seed N: a fresh input of the same shape on stdout (judge.generator); without it, tests/large.in as committed
SEED = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else None
rng = random.Random(1618 if SEED is None else SEED)
n, k = 20_000, 400
price = 250.0
prices = []
for _ in range(n):
    price = max(0.01, price + rng.gauss(0.01, 1.5))
    prices.append(f"{price:.2f}")
lines = [str(k)] + [" ".join(prices[i:i + 10]) for i in range(0, n, 10)]
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests", "large.in")
if SEED is not None:
    sys.stdout.write("\n".join(lines) + "\n")
else:
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
