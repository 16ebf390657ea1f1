# Shared by perfagent's call recorder and replayer (copied beside them into the workspace).
import hashlib


def crypt(data, key):
    """XOR with a SHA-256 counter-mode keystream: the recording is unreadable without the key in the test command,
    so a candidate timed in the same workspace cannot look the recorded answers up."""
    k = bytes.fromhex(key)
    stream = bytearray()
    counter = 0
    while len(stream) < len(data):
        stream += hashlib.sha256(k + counter.to_bytes(8, "big")).digest()
        counter += 1
    if not data:
        return b""
    x = int.from_bytes(data, "big") ^ int.from_bytes(bytes(stream[:len(data)]), "big")
    return x.to_bytes(len(data), "big")


def resolve(module, qualname):
    """The plain function behind module.Qual.name (static and class methods unwrapped), with its owner."""
    owner = module
    parts = qualname.split(".")
    for p in parts[:-1]:
        owner = getattr(owner, p, None)
        if owner is None:
            return None, None, None
    name = parts[-1]
    fn = owner.__dict__.get(name) if isinstance(owner, type) else getattr(owner, name, None)
    if fn is None:
        return None, None, None
    raw = fn.__func__ if isinstance(fn, (staticmethod, classmethod)) else fn
    return owner, name, (raw if callable(raw) else None)


def same(a, b, depth=0):
    """Equal as values: ==, else field by field for objects without their own equality, NaN equal to NaN."""
    if depth > 50:
        return True
    try:
        if a == b:
            return True
    except Exception:
        pass
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return repr(a) == repr(b)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y, depth + 1) for x, y in zip(a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k], depth + 1) for k in a)
    if hasattr(a, "__dict__") and type(a).__eq__ is object.__eq__:
        return same(vars(a), vars(b), depth + 1)
    if hasattr(a, "__slots__") and type(a).__eq__ is object.__eq__:
        return all(same(getattr(a, s, None), getattr(b, s, None), depth + 1) for s in a.__slots__)
    return False
