#!/usr/bin/env python3
"""Writes tests/large.in for py-moving-average: window length, then a random-walk price
series with two decimals (fixed seed)."""
import os
import random

rng = random.Random(1618)
n, k = 20_000, 400
price = 250.0
prices = []
for _ in range(n):
    price = max(0.01, price + rng.gauss(0.01, 1.5))
    prices.append(f"{price:.2f}")
lines = [str(k)] + [" ".join(prices[i:i + 10]) for i in range(0, n, 10)]
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests", "large.in")
with open(path, "w") as f:
    f.write("\n".join(lines) + "\n")
