#!/usr/bin/env python3
"""Writes tests/large.in for cpp-range-sums (deterministic: fixed seed)."""
import os
import random

rng = random.Random(20240611)
n, q = 100_000, 120_000
lines = [str(n), " ".join(str(rng.randint(-999, 999)) for _ in range(n)), str(q)]
for _ in range(q):
    l = rng.randint(1, n)
    r = rng.randint(1, n)
    lines.append(f"{l} {r}")
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests", "large.in")
with open(path, "w") as f:
    f.write("\n".join(lines) + "\n")
