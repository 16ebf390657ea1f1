#!/usr/bin/env python3
"""Writes tests/large.in for java-max-drawdown: a random-walk price series (fixed seed)."""
import os
import random

rng = random.Random(2718)
n = 16_000
price = 10_000
out = []
for day in range(n):
    price = max(1, price + int(rng.gauss(0, 120)) + (3 if day % 500 < 300 else -4))
    out.append(str(price))
lines = [" ".join(out[i:i + 12]) for i in range(0, n, 12)]
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests", "large.in")
with open(path, "w") as f:
    f.write("\n".join(lines) + "\n")
