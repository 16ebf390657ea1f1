"""Lists the CUDA source strings of a kernel candidate without running it: every string constant in the file that
holds a __global__ function. Usage: python3 -B cuda_sources.py CANDIDATE.py OUTDIR
Writes OUTDIR/cuda_<line>.cu for each string that compiles on its own (no torch, ATen, c10 or pybind11 headers: those
are only on a machine with PyTorch) and prints a JSON list of {"line", "file", "standalone"}."""
import ast
import json
import os
import sys

NEEDS_TORCH = ("torch/", "ATen/", "c10/", "pybind11", "torch::", "at::")


def main(candidate, outdir):
    os.makedirs(outdir, exist_ok=True)
    with open(candidate, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "__global__" in node.value:
            standalone = not any(k in node.value for k in NEEDS_TORCH)
            entry = {"line": node.lineno, "file": "", "standalone": standalone}
            if standalone:
                entry["file"] = "cuda_%d.cu" % node.lineno
                with open(os.path.join(outdir, entry["file"]), "w", encoding="utf-8") as out:
                    out.write(node.value)
            found.append(entry)
    print(json.dumps(found))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1], sys.argv[2]))
    except SyntaxError as e:
        print(json.dumps({"error": "SyntaxError line %s: %s" % (e.lineno, e.msg)}))
        sys.exit(0)
