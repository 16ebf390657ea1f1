#!/usr/bin/env python3
"""Regenerates the PIE-format example suite from programs/<problem_id>/{src,tgt}.cpp.

Writes pie-examples.jsonl (one PIE record per problem) and tests/<problem_id>/input.N.txt with output.N.txt,
each output produced by running the slow program (src.cpp, g++ -O3) on its input, as PIE's cases are the
accepted outputs. Inputs come from a fixed seed, so a rerun writes the same files. Needs g++.
"""
import json, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20240611)

def dna(n):
    return "".join(rng.choice("ACGT") for _ in range(n))

# problem id -> (what it is, [inputs: small edge case, medium, large])
PROBLEMS = {
    "p00001": ("count primes up to N", ["1\n", "50000\n", "400000\n"]),
    "p00002": ("range-sum queries", ["1 1 5\n", "3000 10000 7\n", "10000 40000 11\n"]),
    "p00003": ("longest common subsequence", ["A\nC\n", dna(600) + "\n" + dna(700) + "\n", dna(2500) + "\n" + dna(2500) + "\n"]),
    "p00004": ("count distinct values", ["1 3\n", "6000 4\n", "25000 5\n"]),
    "p00005": ("concatenate numbers", ["1 1\n", "2000 2\n", "7000 3\n"]),
    "p00006": ("count pairs with a given sum", ["2 5 1\n", "4000 60000 8\n", "12000 100000 9\n"]),
    "p00007": ("sort and checksum", ["1 12\n", "2000 14\n", "9000 13\n"]),
    "p00008": ("sum of divisor counts", ["1\n", "20000\n", "120000\n"]),
    "p00009": ("matrix product checksum", ["1 16\n", "120 18\n", "360 17\n"]),
    "p00010": ("sum of squares mod M", ["0 7\n", "1000000 1000003\n", "30000000 1000003\n"]),
    "p00011": ("sum of squared halves", ["1\n", "1000000\n", "50000000\n"]),
    "p00012": ("longest Collatz chains", ["2\n", "20000\n", "300000\n"]),
}
# the older release's spelling (input/target, no tests list) for these; the newer one (src_code/tgt_code, tests) for the rest
OLDER_SPELLING = {"p00010", "p00011", "p00012"}

def main():
    records = []
    with tempfile.TemporaryDirectory() as tmp:
        for pid, (what, inputs) in PROBLEMS.items():
            src = open(os.path.join(HERE, "programs", pid, "src.cpp")).read()
            tgt = open(os.path.join(HERE, "programs", pid, "tgt.cpp")).read()
            exe = os.path.join(tmp, pid)
            subprocess.run(["g++", "-O3", "-std=c++17", "-o", exe, os.path.join(HERE, "programs", pid, "src.cpp")], check=True)
            case_dir = os.path.join(HERE, "tests", pid)
            os.makedirs(case_dir, exist_ok=True)
            for i, text in enumerate(inputs):
                out = subprocess.run([exe], input=text.encode(), capture_output=True, check=True).stdout
                with open(os.path.join(case_dir, "input.%d.txt" % i), "w") as f:
                    f.write(text)
                with open(os.path.join(case_dir, "output.%d.txt" % i), "wb") as f:
                    f.write(out)
            if pid in OLDER_SPELLING:
                rec = {"problem_id": pid, "user_id": "u" + pid[1:], "language": "C++", "input": src, "target": tgt}
            else:
                rec = {"problem_id": pid, "language": "C++", "src_code": src, "tgt_code": tgt, "tests": list(range(len(inputs)))}
            records.append(rec)
            print(pid, what, file=sys.stderr)
    with open(os.path.join(HERE, "pie-examples.jsonl"), "w") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")

if __name__ == "__main__":
    main()
