"""perfagent's kernel harness: judges a KernelBench-style candidate (class ModelNew) against its PyTorch reference
(class Model, get_inputs(), get_init_inputs()) and reports one JSON result. It runs inside the sandbox; the verdict
is decided on the Java side from what it reports (per-trial errors, per-call times).

Protocol (perfagent-kernel/1): the first line of stdin is a nonce; the result is written as ONE line
    PERFAGENT-KERNEL-RESULT <nonce> <json>
to the harness's own copy of the original stdout (fd 1 is pointed at stderr before the candidate is imported, so
whatever the candidate prints cannot look like a result). Modes:
    build    import the candidate (load_inline compiles it into $TORCH_EXTENSIONS_DIR), nothing else
    check    correctness trials only
    all      correctness trials, then timing (reference and candidate interleaved)
    profile  one candidate call inside an NVTX range "perfagent-candidate", for Nsight Compute
    selftest no torch needed: writes a well-formed result of every field, to test the protocol
"""
import argparse
import importlib.util
import json
import math
import os
import random
import shutil
import sys
import time
import traceback

PROTOCOL = "perfagent-kernel/1"
MARKER = "PERFAGENT-KERNEL-RESULT"
POISON_BYTES = 256 * 1024 * 1024  # > 2x the L2 of any current GPU (H100: 50 MB); also poisons freed memory


class Reporter:
    """Owns a private duplicate of the original stdout; the candidate only ever sees stderr as fd 1."""

    def __init__(self, nonce):
        self.nonce = nonce
        self.out = os.fdopen(os.dup(1), "w")
        sys.stdout.flush()
        os.dup2(2, 1)

    def emit(self, result):
        result.setdefault("protocol", PROTOCOL)
        self.out.write(MARKER + " " + self.nonce + " " + json.dumps(result, allow_nan=False, default=_finite) + "\n")
        self.out.flush()


def _finite(x):
    return str(x)


def _clean(v):
    """JSON has no NaN or infinity: they become strings the Java side reads back as numbers."""
    if isinstance(v, float) and not math.isfinite(v):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    return v


def load_module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def short_error(e, limit=1500):
    text = "".join(traceback.format_exception_only(type(e), e)).strip()
    return text[-limit:]


class Clock:
    """References to the timing primitives, taken before the candidate is imported; checked unchanged after."""

    def __init__(self, torch):
        self.torch = torch
        self.event = torch.cuda.Event
        self.record = torch.cuda.Event.record
        self.elapsed = torch.cuda.Event.elapsed_time
        self.event_sync = torch.cuda.Event.synchronize
        self.synchronize = torch.cuda.synchronize
        self.current_stream = torch.cuda.current_stream
        self.perf_counter = time.perf_counter

    def tampered(self):
        t = self.torch
        changed = []
        if t.cuda.Event is not self.event: changed.append("torch.cuda.Event")
        if self.event.record is not self.record: changed.append("torch.cuda.Event.record")
        if self.event.elapsed_time is not self.elapsed: changed.append("torch.cuda.Event.elapsed_time")
        if self.event.synchronize is not self.event_sync: changed.append("torch.cuda.Event.synchronize")
        if t.cuda.synchronize is not self.synchronize: changed.append("torch.cuda.synchronize")
        if t.cuda.current_stream is not self.current_stream: changed.append("torch.cuda.current_stream")
        if time.perf_counter is not self.perf_counter: changed.append("time.perf_counter")
        return changed

    def sync_all(self):
        for d in range(self.torch.cuda.device_count()):
            self.synchronize(d)

    def time_call(self, fn, args, scratch):
        """One call, in ms: the end event is recorded after every stream of every device is drained, so work the
        candidate hides on a side stream is counted."""
        scratch.fill_(random.random())  # thrash L2 (and the caches) before each timed call
        self.sync_all()
        start, end = self.event(enable_timing=True), self.event(enable_timing=True)
        self.record(start)
        fn(*args)
        self.sync_all()
        self.record(end)
        self.event_sync(end)
        return self.elapsed(start, end)


def to_device(x, torch):
    if isinstance(x, torch.Tensor):
        return x.cuda()
    if isinstance(x, (list, tuple)):
        return type(x)(to_device(v, torch) for v in x)
    return x


def clone(x, torch):
    if isinstance(x, torch.Tensor):
        return x.clone()
    if isinstance(x, (list, tuple)):
        return type(x)(clone(v, torch) for v in x)
    return x


def tensors(x, torch):
    if isinstance(x, torch.Tensor):
        return [x]
    if isinstance(x, (list, tuple)):
        return [t for v in x for t in tensors(v, torch)]
    return []


def make_models(ref_mod, cand_mod, seed, torch):
    init = ref_mod.get_init_inputs()
    torch.manual_seed(seed)
    reference = ref_mod.Model(*init).cuda()
    cls = getattr(cand_mod, "ModelNew", None) or getattr(cand_mod, "Model")  # the original: an A/A check
    torch.manual_seed(seed)
    candidate = cls(*init).cuda()
    return reference, candidate


def poison(torch, like_bytes):
    """Fill soon-to-be-reused memory with NaN: a candidate that returns torch.empty(...) in the hope of finding the
    reference's freed output gets NaN instead."""
    n = max(like_bytes, POISON_BYTES) // 4
    buf = torch.full((n,), float("nan"), device="cuda", dtype=torch.float32)
    del buf


def tolerance_for(outputs, args, torch):
    if args.tolerance:
        return args.tolerance
    low = any(t.dtype in (torch.float16, torch.bfloat16) for t in outputs)
    return 1e-2 if low else 1e-4


def check(ref_mod, cand_mod, args, torch, clock):
    reference, candidate = make_models(ref_mod, cand_mod, args.seed, torch)
    trials = []
    for trial in range(args.trials):
        torch.manual_seed(args.seed * 1000 + trial)
        inputs = to_device(ref_mod.get_inputs(), torch)
        pristine = clone(inputs, torch)
        with torch.no_grad():
            ref_out = reference(*clone(inputs, torch))
            clock.sync_all()
            expected = [t.detach().cpu() for t in tensors(ref_out, torch)]
            for t in tensors(ref_out, torch):
                t.fill_(float("nan"))
            ref_bytes = sum(t.numel() * t.element_size() for t in tensors(ref_out, torch))
            del ref_out
            poison(torch, ref_bytes)
            clock.sync_all()
            out = candidate(*inputs)
            # copied on the default stream without waiting for other streams: a result still being computed on a
            # side stream the caller does not wait for shows up here as a mismatch
            early = [t.detach().clone() for t in tensors(out, torch)]
            clock.sync_all()
        actual = [t.detach().cpu() for t in tensors(out, torch)]
        early = [t.cpu() for t in early]
        record = {"trial": trial, "ok": True, "max_abs_err": 0.0, "max_rel_err": 0.0, "inputs_unmodified": True, "message": ""}
        tol = tolerance_for(expected, args, torch)
        record["tolerance"] = tol
        if len(actual) != len(expected) or any(a.shape != e.shape for a, e in zip(actual, expected)):
            record.update(ok=False, message="output shape %s, expected %s" % ([tuple(a.shape) for a in actual], [tuple(e.shape) for e in expected]))
        else:
            worst_abs, worst_rel = 0.0, 0.0
            for a, e, x in zip(actual, expected, early):
                a64, e64, x64 = a.double(), e.double(), x.double()
                diff = (a64 - e64).abs()
                worst_abs = max(worst_abs, float(diff.max()) if diff.numel() else 0.0)
                worst_rel = max(worst_rel, float((diff / e64.abs().clamp_min(1e-12)).max()) if diff.numel() else 0.0)
                if a.dtype != e.dtype:
                    record.update(ok=False, message="output dtype %s, expected %s" % (a.dtype, e.dtype))
                elif not torch.allclose(a64, e64, atol=tol, rtol=tol):
                    record.update(ok=False, message="values differ beyond atol=rtol=%g" % tol)
                elif not torch.allclose(x64, e64, atol=tol, rtol=tol, equal_nan=False):
                    record.update(ok=False, message="the output was not ready when the call returned: work on a stream the caller does not wait for")
            record.update(max_abs_err=_clean(worst_abs), max_rel_err=_clean(worst_rel))
        for before, after in zip(tensors(pristine, torch), tensors(inputs, torch)):
            if not torch.equal(before, after):
                record.update(ok=False, inputs_unmodified=False, message="the candidate modified its inputs in place")
        trials.append(record)
        if not record["ok"]:
            break
    return trials


def timing(ref_mod, cand_mod, args, torch, clock):
    reference, candidate = make_models(ref_mod, cand_mod, args.seed, torch)
    torch.manual_seed(args.seed * 1000 + 999)
    inputs = to_device(ref_mod.get_inputs(), torch)
    scratch = torch.empty(POISON_BYTES // 4, device="cuda", dtype=torch.float32)
    rng = random.Random(args.seed)
    ref_ms, cand_ms, order = [], [], []
    with torch.no_grad():
        for _ in range(args.warmups):
            clock.time_call(reference, inputs, scratch)
            clock.time_call(candidate, inputs, scratch)
        first_a = True
        for i in range(args.timed):
            # mirrored pairs (AB then BA, or BA then AB): going first or drifting hits both sides alike
            first_a = rng.random() < 0.5 if i % 2 == 0 else not first_a
            if first_a:
                ref_ms.append(clock.time_call(reference, inputs, scratch))
                cand_ms.append(clock.time_call(candidate, inputs, scratch))
                order.append("AB")
            else:
                cand_ms.append(clock.time_call(candidate, inputs, scratch))
                ref_ms.append(clock.time_call(reference, inputs, scratch))
                order.append("BA")
    return {"reference_ms": ref_ms, "candidate_ms": cand_ms, "order": "".join(order)}


def profile(ref_mod, cand_mod, args, torch, clock):
    _, candidate = make_models(ref_mod, cand_mod, args.seed, torch)
    torch.manual_seed(args.seed)
    inputs = to_device(ref_mod.get_inputs(), torch)
    with torch.no_grad():
        candidate(*inputs)  # warm-up: lazy initialisation is not what the model should optimise
        clock.sync_all()
        torch.cuda.nvtx.range_push("perfagent-candidate")
        candidate(*inputs)
        clock.sync_all()
        torch.cuda.nvtx.range_pop()


def selftest():
    return {"status": "ok", "mode": "selftest", "device": "selftest (no GPU used)", "torch": "none",
            "trials": [{"trial": 0, "ok": True, "max_abs_err": 1.5e-06, "max_rel_err": 2.0e-06, "tolerance": 1e-4,
                        "inputs_unmodified": True, "message": ""},
                       {"trial": 1, "ok": True, "max_abs_err": _clean(float("nan")), "max_rel_err": 0.0, "tolerance": 1e-4,
                        "inputs_unmodified": True, "message": ""}],
            "timing": {"reference_ms": [2.0, 2.1, 1.9, 2.0], "candidate_ms": [1.0, 1.1, 0.9, 1.0], "order": "ABBAABBA"}}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--mode", choices=["build", "check", "all", "profile", "selftest"], required=True)
    p.add_argument("--reference", default="reference.py")
    p.add_argument("--candidate", default="candidate.py")
    p.add_argument("--trials", type=int, default=5)
    p.add_argument("--timed", type=int, default=100)
    p.add_argument("--warmups", type=int, default=3)
    p.add_argument("--tolerance", type=float, default=0.0)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--extensions", default="", help="built extensions to copy to a writable place before loading")
    args = p.parse_args()
    nonce = sys.stdin.readline().strip() or "-"
    reporter = Reporter(nonce)
    if args.mode == "selftest":
        reporter.emit(selftest())
        return 0
    result = {"status": "error", "mode": args.mode, "trials": [], "message": ""}
    try:
        import torch
    except ImportError as e:
        result.update(status="no_torch", message="PyTorch is not installed for " + sys.executable + ": " + str(e))
        reporter.emit(result)
        return 0
    result["torch"] = torch.__version__
    if not torch.cuda.is_available():
        result.update(status="no_gpu", message="torch.cuda.is_available() is False: no usable NVIDIA GPU")
        reporter.emit(result)
        return 0
    result["device"] = torch.cuda.get_device_name(0)
    if args.extensions and os.path.isdir(args.extensions):
        # the workspace is read-only when timed; torch re-checks (and locks) its build folder on every load
        target = os.path.join(os.environ.get("TMPDIR", "/tmp"), "torch_extensions")
        shutil.copytree(args.extensions, target, dirs_exist_ok=True)
        os.environ["TORCH_EXTENSIONS_DIR"] = target
    clock = Clock(torch)
    try:
        ref_mod = load_module("perfagent_reference", args.reference)
    except Exception as e:
        result.update(status="bad_task", message="the reference does not load: " + short_error(e))
        reporter.emit(result)
        return 0
    try:
        cand_mod = load_module("perfagent_candidate", args.candidate)
    except Exception as e:
        result.update(status="build_failed", message=short_error(e))
        reporter.emit(result)
        return 0
    if args.mode == "build":
        result.update(status="ok")
        reporter.emit(result)
        return 0
    try:
        if args.mode == "profile":
            profile(ref_mod, cand_mod, args, torch, clock)
            result.update(status="ok")
        else:
            trials = check(ref_mod, cand_mod, args, torch, clock)
            result["trials"] = trials
            result["status"] = "ok" if all(t["ok"] for t in trials) else "incorrect"
            if result["status"] == "ok" and args.mode == "all":
                result["timing"] = timing(ref_mod, cand_mod, args, torch, clock)
    except Exception as e:
        result.update(status="error", message=short_error(e))
    changed = clock.tampered()
    if changed:
        result.update(status="tampered", message="the candidate replaced the harness's timing primitives: " + ", ".join(changed))
        result.pop("timing", None)
    reporter.emit(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
