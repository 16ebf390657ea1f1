# perfagent's replayer: every recorded call of a targeted function made again against this version; the first whose
# result, exception or effect on its arguments differs fails the run. Usage: replay_check.py KEY
import importlib
import os
import pickle
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import replay_common  # noqa: E402

sys.path.insert(1, os.getcwd())
with open(os.path.join(here, "calls.bin"), "rb") as f:
    recording = pickle.loads(replay_common.crypt(f.read(), sys.argv[1]))


def short(value):
    text = repr(value)
    return text if len(text) <= 160 else text[:160] + "…"


calls = recording["calls"]
for i, call in enumerate(calls, 1):
    module_name, qualname = call["key"].split(":", 1)
    _, _, fn = replay_common.resolve(importlib.import_module(module_name), qualname)
    where = "%s call %d of %d" % (call["key"], i, len(calls))
    if fn is None:
        print("REPLAY FAILED: %s: %s no longer exists" % (where, qualname))
        sys.exit(1)
    args, kwargs = pickle.loads(call["before"])
    shown = short(args)[:120]
    try:
        result = fn(*args, **kwargs)
        outcome = ("return", result)
    except Exception as e:
        outcome = ("raise", type(e).__name__, str(e)[:300])
    want = call["outcome"]
    if want[0] == "raise":
        if outcome[0] != "raise" or outcome[1] != want[1]:
            got = "returned " + short(outcome[1]) if outcome[0] == "return" else "raised " + outcome[1]
            print("REPLAY FAILED: %s: %s, recorded: raised %s: %s; arguments %s" % (where, got, want[1], want[2], shown))
            sys.exit(1)
    else:
        expected = pickle.loads(want[1])
        if outcome[0] == "raise":
            print("REPLAY FAILED: %s: raised %s: %s, recorded: returned %s; arguments %s" % (where, outcome[1], outcome[2], short(expected), shown))
            sys.exit(1)
        if not replay_common.same(outcome[1], expected):
            print("REPLAY FAILED: %s: returned %s, recorded %s; arguments %s" % (where, short(outcome[1]), short(expected), shown))
            sys.exit(1)
    after_args, after_kwargs = pickle.loads(call["after"])
    if not replay_common.same((args, kwargs), (after_args, after_kwargs)):
        print("REPLAY FAILED: %s: its arguments afterwards are %s, recorded %s" % (where, short(args), short(after_args)))
        sys.exit(1)
print("replayed %d recorded call(s) (%d not recordable)" % (len(calls), recording["skipped"]))
