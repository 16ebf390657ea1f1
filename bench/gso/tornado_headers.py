"""Performance test in GSO's style for tornado commit 68e81b4a ("httputil: Fix quadratic performance of repeated
header lines"): parse an HTTP header block in which one field repeats thousands of times, as a proxy chain or a
hostile client sends it."""
import json
import timeit

from tornado.httputil import HTTPHeaders


def setup():
    lines = ["Host: example.com", "User-Agent: gso-style-test/1.0"]
    for i in range(20000):
        lines.append("X-Forwarded-For: 10.%d.%d.%d" % (i // 65536 % 256, i // 256 % 256, i % 256))
        if i % 10 == 0:
            lines.append("Set-Cookie: c%d=%d" % (i, i))
    return "\r\n".join(lines) + "\r\n"


def experiment(text):
    headers = HTTPHeaders.parse(text)
    return {"forwarded": headers["X-Forwarded-For"][-200:], "cookies": len(headers.get_list("Set-Cookie")),
            "fields": sorted(set(k for k, _ in headers.get_all()))}


def store_result(result, filename):
    with open(filename, "w") as f:
        json.dump(result, f)


def load_result(filename):
    with open(filename) as f:
        return json.load(f)


def check_equivalence(reference, current):
    assert reference == current, "parsed headers differ"


def run_test(eqcheck: bool = False, reference: bool = False, prefix: str = "") -> float:
    data = setup()
    execution_time, result = timeit.timeit(lambda: experiment(data), number=1)
    filename = f"{prefix}_result.json" if prefix else "reference_result.json"
    if reference:
        store_result(result, filename)
    if eqcheck:
        check_equivalence(load_result(filename), json.loads(json.dumps(result)))
    return execution_time


timeit.template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        retval = {stmt}
    _t1 = _timer()
    return _t1 - _t0, retval
"""
