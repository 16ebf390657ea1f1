#!/usr/bin/env python3
"""Writes tests/large.in for cpp-rank-queries (deterministic: fixed seed)."""
import os
import random
import sys

# --seed N: a fresh input of the same shape on stdout (judge.generator); without it, tests/large.in as committed
SEED = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else None
rng = random.Random(7 if SEED is None else SEED)
n, q = 80_000, 1_000
values = [rng.randint(0, 999_999) for _ in range(n)]
lines = [str(n)]
for i in range(0, n, 20):
    lines.append(" ".join(map(str, values[i:i + 20])))
lines.append(str(q))
for _ in range(q):
    a, b = rng.randint(-1000, 1_001_000), rng.randint(-1000, 1_001_000)
    if rng.random() < 0.9 and a > b:
        a, b = b, a
    lines.append(f"{a} {b}")
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests", "large.in")
if SEED is not None:
    sys.stdout.write("\n".join(lines) + "\n")
else:
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
