#!/usr/bin/env python3
"""Writes tests/large.in for cpp-word-freq: pseudo-English text with a Zipf-like word
distribution over a made-up vocabulary (deterministic: fixed seed)."""
import os
import random
import sys

# --seed N: a fresh input of the same shape on stdout (judge.generator); without it, tests/large.in as committed
SEED = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else None
rng = random.Random(4242 if SEED is None else SEED)
consonants = "bcdfghjklmnprstvwz"
vowels = "aeiou"


def make_word():
    return "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(rng.randint(1, 4)))


vocab = []
seen = set()
while len(vocab) < 4_000:
    w = make_word()
    if w not in seen:
        seen.add(w)
        vocab.append(w)
weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(vocab))]

out = []
size = 0
while size < 1_500_000:
    n = rng.randint(6, 18)
    words = rng.choices(vocab, weights, k=n)
    if rng.random() < 0.3:
        words[0] = words[0].capitalize()
    if rng.random() < 0.05:
        words[-1] = words[-1].upper()
    line = " ".join(words) + rng.choice([".", ",", ";", "!", "?", " -", "'s"])
    out.append(line)
    size += len(line) + 1
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests", "large.in")
if SEED is not None:
    sys.stdout.write("\n".join(out) + "\n")
else:
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
