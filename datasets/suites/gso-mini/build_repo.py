"""Builds the textstats repository of the gso-mini suite from history/ (one folder per commit, applied in order).

    python3 build_repo.py DEST [--bare]

Every commit has a fixed author, committer and date, so the commit ids are the same on every machine and the
instances in gso-mini.jsonl can name them. DEST gets a work tree (or, with --bare, a bare mirror as GSO users keep).
Each history folder holds the files that commit adds or changes, and message.txt.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def git(*args, cwd, env):
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout.strip()


def build(dest, bare=False):
    dest = Path(dest).resolve()
    work = dest if not bare else dest.with_name(dest.name + ".work")
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", HOME=str(work), GIT_AUTHOR_NAME="textstats", GIT_AUTHOR_EMAIL="dev@textstats.invalid",
               GIT_COMMITTER_NAME="textstats", GIT_COMMITTER_EMAIL="dev@textstats.invalid")
    git("init", "-q", "-b", "main", cwd=work, env=env)
    commits = []
    for i, step in enumerate(sorted(p for p in (HERE / "history").iterdir() if p.is_dir())):
        for f in sorted(step.rglob("*")):
            if f.is_file() and f.name != "message.txt":
                target = work / f.relative_to(step)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(f, target)
        date = f"2024-01-{i + 1:02d}T12:00:00+00:00"
        git("add", "-A", cwd=work, env=env)
        git("commit", "-q", "-F", str(step / "message.txt"), cwd=work,
            env=dict(env, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date))
        commits.append((step.name, git("rev-parse", "HEAD", cwd=work, env=env)))
    if bare:
        if dest.exists():
            shutil.rmtree(dest)
        git("clone", "-q", "--bare", str(work), str(dest), cwd=work.parent, env=env)
        shutil.rmtree(work)
    return commits


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit("usage: build_repo.py DEST [--bare]")
    for name, sha in build(sys.argv[1], "--bare" in sys.argv[2:]):
        print(name, sha)
