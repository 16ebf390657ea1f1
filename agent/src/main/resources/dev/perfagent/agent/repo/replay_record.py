# perfagent's call recorder, loaded as usercustomize into the benchmark's Python: the targeted functions are wrapped
# when their module is imported, and the outermost calls are kept (arguments, result or exception, arguments after).
import functools
import importlib.abc
import json
import os
import pickle
import sys

_cfg = os.environ.get("PERFAGENT_RECORD")
if _cfg:
    _cfg = json.loads(_cfg)
    # relative to where the benchmark starts: the workspace
    _cfg["dir"] = os.path.abspath(_cfg["dir"])
    _cfg["out"] = os.path.abspath(_cfg["out"])
    sys.path.insert(0, _cfg["dir"])
    import atexit
    import replay_common

    _targets = {}
    for _f, _q in _cfg["targets"]:
        _targets.setdefault(_f, []).append(_q)
    _calls = []
    _counts = {}
    _state = {"skipped": 0, "bytes": 0}
    # per function: a recursive call is inside the recorded one, but a target called by another target is its own call
    _depth = {}

    def _store(key, before, outcome, args, kwargs):
        try:
            after = pickle.dumps((args, kwargs))
        except Exception:
            _state["skipped"] += 1
            return
        size = len(before) + len(after) + len(outcome[1] if outcome[0] == "return" else b"")
        if size > _cfg["max_call_bytes"] or _state["bytes"] + size > _cfg["max_bytes"]:
            _state["skipped"] += 1
            return
        _state["bytes"] += size
        _calls.append({"key": key, "before": before, "outcome": outcome, "after": after})

    def _wrap(module, qualname):
        owner, name, raw = replay_common.resolve(module, qualname)
        if raw is None:
            return
        key = module.__name__ + ":" + qualname

        @functools.wraps(raw)
        def recorder(*args, **kwargs):
            if _depth.get(key, 0) or _counts.get(key, 0) >= _cfg["max_calls"]:
                return raw(*args, **kwargs)
            _counts[key] = _counts.get(key, 0) + 1
            try:
                before = pickle.dumps((args, kwargs))
            except Exception:
                _state["skipped"] += 1
                return raw(*args, **kwargs)
            _depth[key] = 1
            try:
                result = raw(*args, **kwargs)
            except Exception as e:
                _depth[key] = 0
                _store(key, before, ("raise", type(e).__name__, str(e)[:300]), args, kwargs)
                raise
            _depth[key] = 0
            try:
                _store(key, before, ("return", pickle.dumps(result)), args, kwargs)
            except Exception:
                _state["skipped"] += 1
            return result

        current = owner.__dict__.get(name) if isinstance(owner, type) else raw
        if isinstance(current, staticmethod):
            setattr(owner, name, staticmethod(recorder))
        elif isinstance(current, classmethod):
            setattr(owner, name, classmethod(recorder))
        else:
            setattr(owner, name, recorder)

    class _Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            spec = None
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    break
            if spec is None or not spec.origin or spec.loader is None:
                return spec
            origin = spec.origin.replace(os.sep, "/")
            for rel, quals in _targets.items():
                if origin.endswith("/" + rel) or origin == rel:
                    original = spec.loader.exec_module

                    def exec_module(module, original=original, quals=quals):
                        original(module)
                        for q in quals:
                            _wrap(module, q)

                    spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, _Finder())

    @atexit.register
    def _write():
        data = pickle.dumps({"calls": _calls, "skipped": _state["skipped"]})
        with open(_cfg["out"], "wb") as f:
            f.write(replay_common.crypt(data, _cfg["key"]))
        sys.stderr.write("perfagent-replay: recorded %d call(s), %d not recordable\n" % (len(_calls), _state["skipped"]))
