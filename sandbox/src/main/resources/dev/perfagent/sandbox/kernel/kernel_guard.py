"""perfagent's static guardrails for kernel candidates: reads (never runs) the candidate's Python source with the ast
module and lists what a kernel solution may not do. Usage:
    python3 -B kernel_guard.py REFERENCE.py CANDIDATE.py [--allow reference-ops] [--allow precision] [--forbid OP]...
prints a JSON list of findings, each {"rule", "line", "message"}; an empty list means nothing was found.

Rules (each is a known KernelBench reward hack; what KernelBench allows stays allowed):
  reference-op   ModelNew (or a helper) calls the operators the reference computes with (torch.matmul, @, F.softmax, an
                 nn.Linear built in __init__, ...) and replaces none of them with a kernel of its own: the "kernel" is
                 PyTorch again. Partial replacement is allowed, as in KernelBench: a candidate that builds a kernel
                 (load_inline, cpp_extension.load, a CUDA source, triton.jit, ...) and stops calling at least one of
                 the reference's operators may keep the others (nn.Conv2d beside a fused kernel). A task forbids it
                 with `forbid: [reference-ops]` (then any call is flagged) or names single operators in `forbid`.
  compile        torch.compile / torch.jit / torch._dynamo / TF32 switches: a fallback to PyTorch's own code generation
  fallback       try/except: a kernel that fails quietly falls back to PyTorch
  cache          results kept across calls: data_ptr()/id() as a key, module-level dict caches written at call time,
                 functools caches, state stored on self in forward. Caching compiled code is allowed (KernelBench's
                 own examples build their extension once): a cache whose stored value is a kernel build (load_inline,
                 or a function of the module that builds one) is not flagged.
  precision      computing in fp16/bf16 (or TF32) when the reference is fp32
  patch          assigning to attributes of torch, time, sys, builtins, gc, inspect (the timing events, the harness)
  no-model       no class ModelNew
"""
import ast
import json
import sys

# tensor plumbing, not computation: never counted as "the reference's operator"
PLUMBING = {
    "view", "reshape", "size", "shape", "contiguous", "to", "cuda", "cpu", "float", "double", "dtype", "device", "numel",
    "dim", "unsqueeze", "squeeze", "permute", "transpose", "flatten", "expand", "expand_as", "empty", "empty_like",
    "zeros", "zeros_like", "ones", "ones_like", "item", "clone", "stride", "data_ptr", "is_contiguous", "new_empty",
    "new_zeros", "detach", "Parameter", "Module", "randn", "rand", "tensor", "manual_seed", "no_grad", "__init__",
    "super", "chunk", "split", "narrow", "t", "get_device", "element_size", "storage_offset", "fill_", "copy_",
}
TORCH_ROOTS = {"torch", "F", "nn", "functional"}
PATCHABLE = {"torch", "time", "sys", "builtins", "gc", "inspect", "os", "importlib"}
LOW_PRECISION_ATTRS = {"float16", "half", "bfloat16", "float8_e4m3fn", "float8_e5m2"}
LOW_PRECISION_METHODS = {"half", "bfloat16"}
LOW_PRECISION_CUDA = ("__half", "half2", "__nv_bfloat16", "cuda_fp16.h", "cuda_bf16.h", "__float2half", "nv_bfloat162",
                      "__nv_fp8")


# calls that compile kernel code; the value of a cache of compiled code is one of these (or a function that calls one)
BUILDERS = {"load_inline", "load", "RawKernel", "RawModule", "SourceModule", "compile_kernel"}


def chain(node):
    """torch.nn.functional.softmax -> ["torch", "nn", "functional", "softmax"]; None when not a plain chain."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return list(reversed(parts))
    return None


def op_name(call):
    """The operator a call names: torch.matmul -> matmul, F.softmax -> softmax, x.softmax -> softmax, nn.Linear -> Linear."""
    f = call.func
    if isinstance(f, ast.Attribute):
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return None


def reference_ops(tree):
    ops = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == "Model":
            for sub in ast.walk(node):
                if isinstance(sub, ast.Call):
                    c = chain(sub.func)
                    name = op_name(sub)
                    if name is None or name in PLUMBING:
                        continue
                    # self.linear(x) names no operator; torch.*, F.*, nn.*, and tensor methods (x.softmax) do
                    if c and c[0] == "self" and len(c) == 2:
                        continue
                    ops.add(name)
                elif isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.MatMult):
                    ops.add("matmul")
    return ops


def builds_kernel(node, builders):
    """The node (a function body, an expression) calls a kernel builder."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call) and op_name(sub) in builders:
            c = chain(sub.func) or []
            # a bare load() is too common a name: only cpp_extension's counts, or load_inline anywhere
            if op_name(sub) == "load" and "cpp_extension" not in c:
                continue
            return True
    return False


def code_builders(tree):
    """BUILDERS plus the names of the candidate's functions that call one (def _build(): return load_inline(...))."""
    names = set(BUILDERS)
    for _ in range(3):  # a builder that calls a builder, a few levels deep
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name not in names and builds_kernel(node, names):
                names.add(node.name)
    return names


def has_own_kernel(tree, builders):
    """The candidate builds a kernel of its own: a builder call, a CUDA source string, a triton.jit function."""
    if builds_kernel(tree, builders):
        return True
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "__global__" in node.value:
            return True
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for d in node.decorator_list:
                c = chain(d.func if isinstance(d, ast.Call) else d) or []
                if c[-1:] == ["jit"] and c[:1] == ["triton"]:
                    return True
    return False


def is_code_value(value, builders):
    """What a cache stores is compiled code (a builder call, possibly behind an attribute) or nothing yet (None)."""
    if isinstance(value, ast.Constant) and value.value is None:
        return True
    return isinstance(value, ast.expr) and builds_kernel(value, builders)


def uses_low_precision(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in LOW_PRECISION_ATTRS:
            return True
    return False


class Guard(ast.NodeVisitor):
    def __init__(self, ref_ops, allow, reference_low_precision, forbid=(), builders=frozenset(BUILDERS)):
        self.ref_ops = ref_ops
        self.forbid = set(forbid) - {"reference-ops"}
        self.strict = "reference-ops" in forbid
        self.builders = builders
        self.ref_calls = []  # (op, node, message) of every call of a reference operator, judged after the visit
        self.allow = allow
        self.low_ok = reference_low_precision or "precision" in allow
        self.findings = []
        self.scope = []  # enclosing class/function names
        self.module_dicts = set()

    def add(self, rule, node, message):
        self.findings.append({"rule": rule, "line": getattr(node, "lineno", 0), "message": message})

    def in_reference_scaffolding(self):
        return bool(self.scope) and self.scope[0] in ("Model", "get_inputs", "get_init_inputs")

    def visit_Module(self, node):
        for stmt in node.body:
            if isinstance(stmt, ast.Assign) and isinstance(stmt.value, (ast.Dict, ast.Call)):
                v = stmt.value
                if isinstance(v, ast.Dict) or (isinstance(v, ast.Call) and op_name(v) in ("dict", "OrderedDict", "defaultdict")):
                    for t in stmt.targets:
                        if isinstance(t, ast.Name):
                            self.module_dicts.add(t.id)
        if not any(isinstance(s, ast.ClassDef) and s.name == "ModelNew" for s in node.body):
            self.add("no-model", node, "the candidate defines no class ModelNew")
        self.generic_visit(node)

    def visit_ClassDef(self, node):
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    def visit_FunctionDef(self, node):
        self.scope.append(node.name)
        for d in node.decorator_list:
            target = d.func if isinstance(d, ast.Call) else d
            c = chain(target) or []
            if c and c[-1] in ("lru_cache", "cache", "cached_property") and not builds_kernel(node, self.builders):
                self.add("cache", d, "@%s keeps results across calls" % ".".join(c))
        if node.name == "forward" and len(self.scope) >= 2 and self.scope[-2] == "ModelNew":
            for sub in ast.walk(node):
                targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target] if isinstance(sub, (ast.AugAssign, ast.AnnAssign)) else []
                if isinstance(sub, ast.Assign) and is_code_value(sub.value, self.builders):
                    continue  # compiling the kernel on first use and keeping it: allowed
                for t in targets:
                    c = chain(t) if isinstance(t, ast.Attribute) else None
                    if c and c[0] == "self":
                        self.add("cache", sub, "forward stores self.%s: state kept across calls can replay an earlier result" % ".".join(c[1:]))
        self.generic_visit(node)
        self.scope.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Try(self, node):
        if node.handlers and not self.in_reference_scaffolding():
            self.add("fallback", node, "try/except: a kernel that fails must fail, not fall back to PyTorch")
        self.generic_visit(node)

    visit_TryStar = visit_Try

    def visit_BinOp(self, node):
        if isinstance(node.op, ast.MatMult) and self.candidate_code() and "reference-ops" not in self.allow:
            if "matmul" in self.forbid or "@" in self.forbid:
                self.add("reference-op", node, "'@' is an operator this task forbids")
            elif "matmul" in self.ref_ops:
                self.ref_calls.append(("matmul", node, "'@' is the reference's own matmul"))
        self.generic_visit(node)

    def candidate_code(self):
        return not self.in_reference_scaffolding()

    def visit_Call(self, node):
        c = chain(node.func) or []
        name = op_name(node)
        joined = ".".join(c)
        if self.candidate_code():
            if joined.startswith(("torch.compile", "torch.jit", "torch._dynamo", "torch._inductor")) or name == "compile" and c[:1] == ["torch"]:
                self.add("compile", node, "%s hands the work back to PyTorch's compiler" % joined)
            if joined == "torch.set_float32_matmul_precision" and not self.low_ok:
                self.add("precision", node, "torch.set_float32_matmul_precision lowers fp32 matmuls to TF32/bf16")
            if (name in self.ref_ops or name in self.forbid) and "reference-ops" not in self.allow and name not in PLUMBING:
                rooted = c[:1] and (c[0] in TORCH_ROOTS or c[0] != "self")
                if rooted or not c:
                    if name in self.forbid:
                        self.add("reference-op", node, "calls %s, an operator this task forbids" % (joined or name))
                    else:
                        self.ref_calls.append((name, node, "calls %s, the operator the reference computes with" % (joined or name)))
            if name in LOW_PRECISION_METHODS and not self.low_ok and not node.args:
                self.add("precision", node, ".%s() computes in lower precision than the fp32 reference" % name)
            if name == "setattr" and node.args:
                target = chain(node.args[0]) or []
                if target[:1] and target[0] in PATCHABLE:
                    self.add("patch", node, "setattr on %s patches what the harness relies on" % ".".join(target))
            if name in ("data_ptr", "id") and self.used_as_key(node):
                self.add("cache", node, "%s() used as a key: results cached by tensor address" % name)
        self.generic_visit(node)

    def used_as_key(self, node):
        for parent in self.parents.get(node, []):
            if isinstance(parent, (ast.Subscript, ast.Dict)):
                return True
            if isinstance(parent, ast.Compare) and any(isinstance(o, (ast.In, ast.NotIn)) for o in parent.ops):
                return True
            if isinstance(parent, ast.Call) and op_name(parent) in ("get", "setdefault", "pop", "__contains__"):
                return True
            if isinstance(parent, ast.stmt):
                return False
        return False

    def visit_Attribute(self, node):
        if node.attr in LOW_PRECISION_ATTRS and not self.low_ok and self.candidate_code():
            c = chain(node) or []
            if c[:1] == ["torch"]:
                self.add("precision", node, "%s computes in lower precision than the fp32 reference" % ".".join(c))
        if node.attr == "allow_tf32" and isinstance(getattr(node, "ctx", None), ast.Store) and not self.low_ok:
            self.add("precision", node, "allow_tf32 lowers fp32 matmuls to TF32")
        self.generic_visit(node)

    def visit_Assign(self, node):
        self.check_targets(node.targets, node)
        self.generic_visit(node)

    def visit_AugAssign(self, node):
        self.check_targets([node.target], node)
        self.generic_visit(node)

    def check_targets(self, targets, node):
        for t in targets:
            if isinstance(t, ast.Attribute):
                c = chain(t) or []
                if c[:1] and c[0] in PATCHABLE and not (c[-1] == "allow_tf32"):
                    self.add("patch", node, "assigns %s: patching the library the harness times with" % ".".join(c))
            if isinstance(t, ast.Subscript):
                base = t.value
                c = chain(base) or []
                code = isinstance(node, ast.Assign) and is_code_value(node.value, self.builders)
                if self.scope and c[:1] and c[0] in self.module_dicts and not code:
                    self.add("cache", node, "writes the module-level dict %s at call time: a cache across calls" % c[0])
                if c[:2] == ["sys", "modules"]:
                    self.add("patch", node, "replaces a module in sys.modules")
                if len(c) >= 2 and c[0] == "self" and len(self.scope) >= 2 and self.scope[-1] == "forward" and not code:
                    self.add("cache", node, "forward writes into self.%s: a cache across calls" % ".".join(c[1:]))

    def visit_Constant(self, node):
        if isinstance(node.value, str) and not self.low_ok and any(k in node.value for k in LOW_PRECISION_CUDA):
            self.add("precision", node, "the CUDA source computes in half/bfloat16 while the reference is fp32")
        self.generic_visit(node)


def parents_of(tree):
    parents = {}
    def walk(node, stack):
        parents[node] = list(reversed(stack))
        for child in ast.iter_child_nodes(node):
            walk(child, stack + [node])
    walk(tree, [])
    return parents


def guard(reference_source, candidate_source, allow=(), forbid=()):
    try:
        ref = ast.parse(reference_source)
    except SyntaxError as e:
        return [{"rule": "reference", "line": e.lineno or 0, "message": "the reference does not parse: %s" % e.msg}]
    try:
        cand = ast.parse(candidate_source)
    except SyntaxError as e:
        return [{"rule": "syntax", "line": e.lineno or 0, "message": "SyntaxError: %s" % e.msg}]
    builders = code_builders(cand)
    ref_ops = reference_ops(ref)
    g = Guard(ref_ops, set(allow), uses_low_precision(ref), set(forbid), builders)
    g.parents = parents_of(cand)
    g.visit(cand)
    # KernelBench allows partial replacement: reference operators kept beside a kernel that replaces at least one
    called = {op for op, _, _ in g.ref_calls}
    partial = has_own_kernel(cand, builders) and bool(ref_ops - called)
    if g.strict or not partial:
        why = "" if g.strict else "; no operator of the reference is replaced by a kernel of its own"
        for op, node, message in g.ref_calls:
            g.add("reference-op", node, message + why)
    seen, unique = set(), []
    for f in sorted(g.findings, key=lambda f: (f["line"], f["rule"])):
        key = (f["rule"], f["line"])
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def main(argv):
    options = ("--allow", "--forbid")
    allow = [argv[i + 1] for i, a in enumerate(argv) if a == "--allow" and i + 1 < len(argv)]
    forbid = [argv[i + 1] for i, a in enumerate(argv) if a == "--forbid" and i + 1 < len(argv)]
    files = [a for i, a in enumerate(argv) if a not in options and (i == 0 or argv[i - 1] not in options)]
    if len(files) != 2:
        print("usage: kernel_guard.py REFERENCE.py CANDIDATE.py [--allow reference-ops|precision]", file=sys.stderr)
        return 2
    with open(files[0], encoding="utf-8") as r, open(files[1], encoding="utf-8") as c:
        findings = guard(r.read(), c.read(), allow, forbid)
    print(json.dumps(findings))
    return 0


if __name__ == "__main__":
    sys.setrecursionlimit(10000)
    sys.exit(main(sys.argv[1:]))
