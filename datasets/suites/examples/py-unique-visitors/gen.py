#!/usr/bin/env python3
"""Writes tests/large.in for py-unique-visitors: a click stream with returning users and a few
malformed lines (fixed seed)."""
import os
import random
import sys

# --seed N: a fresh input of the same shape on stdout (judge.generator); without it, tests/large.in as committed
SEED = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else None
rng = random.Random(8080 if SEED is None else SEED)
pages = ["/", "/home", "/cart", "/checkout", "/search", "/help"] + [f"/p/{i}" for i in range(40)]
n_users = 4_000
lines = []
t = 1_700_000_000
for _ in range(12_000):
    t += rng.randint(0, 5)
    user = f"u{int(rng.paretovariate(1.2) * 37) % n_users:05d}"
    line = f"{t} {user} {rng.choice(pages)}"
    r = rng.random()
    if r < 0.003:
        line = ""
    elif r < 0.006:
        line += " extra-field"
    elif r < 0.008:
        line = f"{t} {user}"
    lines.append(line)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests", "large.in")
if SEED is not None:
    sys.stdout.write("\n".join(lines) + "\n")
else:
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
