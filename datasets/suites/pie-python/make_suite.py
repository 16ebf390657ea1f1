"""Rebuilds pie-python.jsonl and tests/ from programs/<problem_id>/{src,tgt}.py (fixed seed).

The records follow pie-perf's layout for CodeNet Python submissions (the older PIE release): `input` is the slow
program, `target` the faster one, with ids, CPU times and `improvement_frac` beside them. The CPU times are this
machine's, measured once here; perfagent measures for itself and never reads them.
"""
import json
import random
import resource
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
rng = random.Random(20261202)


def ints(n, lo, hi):
    return " ".join(str(rng.randint(lo, hi)) for _ in range(n))


def cases(pid):
    """Three inputs per problem: a small edge case, a medium one, and the large one the timing is dominated by."""
    if pid == "p02000":
        return ["1\n", "100\n", "80000\n"]
    if pid == "p02001":
        return [f"{k}\n{ints(k, 1, k // 2 + 1)}\n" for k in (1, 50, 5000)]
    if pid == "p02002":
        return ["1\n", "10\n", "40000\n"]
    if pid == "p02003":
        return [f"{k}\n" + "".join(f"{rng.randint(-999, 999)}\n" for _ in range(k)) for k in (1, 20, 40000)]
    if pid == "p02004":
        out = []
        for n, q in ((1, 1), (20, 10), (4000, 1500)):
            qs = []
            for _ in range(q):
                l = rng.randint(1, n)
                qs.append(f"{l} {rng.randint(l, n)}")
            out.append(f"{n} {q}\n{ints(n, -1000, 1000)}\n" + "\n".join(qs) + "\n")
        return out
    if pid == "p02005":
        return [f"{k}\n{ints(k, -10**6, 10**6)}\n" for k in (1, 30, 2000)]
    if pid == "p02006":
        return [f"{k} 100\n{ints(k, 0, 100)}\n" for k in (1, 40, 2000)]
    if pid == "p02007":
        return [f"{k}\n{ints(k, 1, 5)}\n" for k in (1, 30, 50000)]
    if pid == "p02008":
        return [f"{k}\n{ints(k, -1000, 1000)}\n" for k in (1, 30, 50000)]
    if pid in ("p02009", "p02010"):
        return [f"{q}\n{ints(q, 1, hi)}\n" for q, hi in ((1, 1), (10, 1000), (60, 100000))]
    if pid == "p02011":
        letters = "ACGT"
        return ["A\nC\n", "ACGTAC\nGTACGA\n"] + [
            "".join(rng.choice(letters) for _ in range(500)) + "\n" + "".join(rng.choice(letters) for _ in range(500)) + "\n"]
    raise SystemExit(f"no generator for {pid}")


def run(program, stdin):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run([sys.executable, str(program)], input=stdin.encode(), capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_ms = 1000 * (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return r, cpu_ms


records = []
for i, pdir in enumerate(sorted((HERE / "programs").iterdir())):
    pid = pdir.name
    src, tgt = (pdir / "src.py").read_text(), (pdir / "tgt.py").read_text()
    tdir = HERE / "tests" / pid
    tdir.mkdir(parents=True, exist_ok=True)
    t_src = t_tgt = 0.0
    for n, stdin in enumerate(cases(pid)):
        r_src, ms_src = run(pdir / "src.py", stdin)
        r_tgt, ms_tgt = run(pdir / "tgt.py", stdin)
        if r_tgt.returncode != 0:
            raise SystemExit(f"{pid}: the target fails on case {n}: {r_tgt.stderr.decode()}")
        # where the slow program cannot run here (a package it imports is missing) the target's output is the reference
        expected = r_src.stdout if r_src.returncode == 0 else r_tgt.stdout
        if r_src.returncode == 0 and r_src.stdout != r_tgt.stdout:
            raise SystemExit(f"{pid}: source and target disagree on case {n}")
        (tdir / f"input.{n}.txt").write_text(stdin)
        (tdir / f"output.{n}.txt").write_bytes(expected)
        t_src, t_tgt = t_src + ms_src, t_tgt + ms_tgt
    records.append({
        "user_id": f"u{700000000 + 7919 * i}", "problem_id": pid, "language": "Python",
        "submission_id_v0": f"s{400000000 + 104729 * i}", "submission_id_v1": f"s{400000000 + 104729 * i + 17}",
        "cpu_time_v0": round(t_src), "cpu_time_v1": round(t_tgt), "memory_v0": 0, "memory_v1": 0,
        "status_v0": "Accepted", "status_v1": "Accepted",
        "improvement_frac": round(100 * (t_src - t_tgt) / t_src, 2) if t_src else 0.0,
        "input": src, "target": tgt, "code_v0_loc": src.count("\n"), "code_v1_loc": tgt.count("\n"),
    })
with open(HERE / "pie-python.jsonl", "w") as f:
    for rec in records:
        f.write(json.dumps(rec) + "\n")
print(f"{len(records)} records")
for rec in records:
    print(rec["problem_id"], rec["cpu_time_v0"], "ms ->", rec["cpu_time_v1"], "ms")
