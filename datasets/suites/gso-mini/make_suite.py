"""Writes gso-mini.jsonl: three GSO instances over the textstats history (build_repo.py), in GSO's record layout.

Each instance is a perf commit of that history: base_commit is its parent, opt_commit the commit, gt_diff the
commit's diff, prob_script the first of its performance tests (perf_tests/, GSO's style: setup / experiment /
store_result / load_result / check_equivalence / run_test timed with timeit), tests all of them. The library is pure
Python, so no install commands: the harness puts the checkout on PYTHONPATH.
"""
import json
import subprocess
import tempfile
from pathlib import Path

import build_repo

HERE = Path(__file__).resolve().parent
INSTANCES = [
    # (opt commit's history folder, api, performance tests)
    ("02-word-counts", "textstats.word_counts", ["word_counts_prose", "word_counts_top"]),
    ("04-moving-average", "textstats.moving_average", ["moving_average_prices", "moving_average_sensor"]),
    ("05-dedupe", "textstats.dedupe", ["dedupe_ids", "dedupe_words"]),
]

with tempfile.TemporaryDirectory() as tmp:
    repo = Path(tmp) / "perfagent__textstats"
    commits = build_repo.build(repo)
    order = [name for name, _ in commits]
    sha = dict(commits)
    lines = []
    for step, api, tests in INSTANCES:
        opt = sha[step]
        base = sha[order[order.index(step) - 1]]
        diff = subprocess.run(["git", "diff", base, opt], cwd=repo, check=True, capture_output=True, text=True).stdout
        message = (HERE / "history" / step / "message.txt").read_text().strip()
        scripts = [(HERE / "perf_tests" / f"{t}.py").read_text() for t in tests]
        lines.append(json.dumps({
            "instance_id": f"perfagent__textstats-{opt[:7]}", "repo": "perfagent/textstats",
            "base_commit": base, "opt_commit": opt, "api": api, "prob_script": scripts[0], "tests": scripts,
            "hints_text": "", "setup_commands": [], "install_commands": [], "created_at": f"2024-01-{order.index(step) + 1:02d}",
            "arch": "x86_64", "instance_image_tag": "latest", "gt_commit_message": message, "gt_diff": diff,
        }))
(HERE / "gso-mini.jsonl").write_text("\n".join(lines) + "\n")
print(f"{len(lines)} instances")
