#!/usr/bin/env bash
# Builds one GSO instance of a real repository, as docs/gso.md describes: tornado at the first parent of commit
# 68e81b4a (quadratic header concatenation), its diff of tornado/ (not tests) as gt_diff, tornado_headers.py as the
# prob_script. Usage: bench/gso/make-tornado-instance.sh MIRROR OUT_DIR
#   MIRROR: a clone or bare mirror of github.com/tornadoweb/tornado; OUT_DIR gets repos/tornadoweb__tornado.git
#   (a link to MIRROR) and tornado.jsonl. Then:
#   ./perfagent bench OUT_DIR/tornado.jsonl --loader gso --repos OUT_DIR/repos --model expert
set -euo pipefail
mirror="$(cd "$1" && pwd)"; out="$2"; here="$(cd "$(dirname "$0")" && pwd)"
opt=68e81b4a3385161877408a7a49c7ed12b45a614d
base="$(git -C "$mirror" rev-parse "$opt^")"
mkdir -p "$out/repos"
ln -sfn "$mirror" "$out/repos/tornadoweb__tornado.git"
python3 - "$mirror" "$base" "$opt" "$here/tornado_headers.py" > "$out/tornado.jsonl" <<'PY'
import json, subprocess, sys
mirror, base, opt, script = sys.argv[1:5]
diff = subprocess.run(["git", "-C", mirror, "diff", base, opt, "--", "tornado", ":(exclude)tornado/test"],
                      check=True, capture_output=True, text=True).stdout
msg = subprocess.run(["git", "-C", mirror, "log", "-1", "--format=%B", opt], check=True, capture_output=True, text=True).stdout
prob = open(script).read()
print(json.dumps({"instance_id": "tornadoweb__tornado-68e81b4", "repo": "tornadoweb/tornado", "base_commit": base,
                  "opt_commit": opt, "api": "tornado.httputil.HTTPHeaders.parse", "prob_script": prob, "tests": [prob],
                  "hints_text": "", "setup_commands": [], "install_commands": [], "created_at": "2025-12-09",
                  "arch": "x86_64", "instance_image_tag": "latest", "gt_commit_message": msg.strip(), "gt_diff": diff}))
PY
echo "wrote $out/tornado.jsonl (base $base, opt $opt)"
