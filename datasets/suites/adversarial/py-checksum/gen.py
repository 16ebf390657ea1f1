"""Writes tests/*.in (fixed seeds) and, with the original program, tests/*.out."""
import random, subprocess, sys, pathlib
here = pathlib.Path(__file__).parent
cases = {"empty": [], "one": [7], "negative": [-5, 3, -2, 10**12], "large": None}
rng = random.Random(7)
for name, nums in cases.items():
    if nums is None:
        nums = [rng.randint(-10**6, 10**6) for _ in range(150000)]
    (here / "tests" / (name + ".in")).write_text(" ".join(map(str, nums)) + "\n")
for name in cases:
    out = subprocess.run([sys.executable, "-B", "main.py"], cwd=here / "src", stdin=open(here / "tests" / (name + ".in")),
                         capture_output=True, check=True).stdout
    (here / "tests" / (name + ".out")).write_bytes(out)
