#!/usr/bin/env python3
"""Writes tests/large.in for java-max-drawdown: a random-walk price series (fixed seed)."""
import os
import random
import sys

# --seed N: a fresh input of the same shape on stdout (judge.generator); without it, tests/large.in as committed
SEED = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else None
rng = random.Random(2718 if SEED is None else SEED)
n = 16_000
price = 10_000
out = []
for day in range(n):
    price = max(1, price + int(rng.gauss(0, 120)) + (3 if day % 500 < 300 else -4))
    out.append(str(price))
lines = [" ".join(out[i:i + 12]) for i in range(0, n, 12)]
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests", "large.in")
if SEED is not None:
    sys.stdout.write("\n".join(lines) + "\n")
else:
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
