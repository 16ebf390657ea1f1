#!/usr/bin/env python3
"""Writes tests/large.in for py-unique-visitors: a click stream with returning users and a few
malformed lines (fixed seed)."""
import os
import random

rng = random.Random(8080)
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
with open(path, "w") as f:
    f.write("\n".join(lines) + "\n")
