#!/usr/bin/env python3
"""Writes tests/large.in for cpp-range-sums (deterministic: fixed seed)."""
import os
import random
import sys

# --seed N: a fresh input of the same shape on stdout (judge.generator); without it, tests/large.in as committed
SEED = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else None
rng = random.Random(20240611 if SEED is None else SEED)
n, q = 100_000, 120_000
lines = [str(n), " ".join(str(rng.randint(-999, 999)) for _ in range(n)), str(q)]
for _ in range(q):
    l = rng.randint(1, n)
    r = rng.randint(1, n)
    lines.append(f"{l} {r}")
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests", "large.in")
if SEED is not None:
    sys.stdout.write("\n".join(lines) + "\n")
else:
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
