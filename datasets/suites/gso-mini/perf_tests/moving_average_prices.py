import json
import random
import timeit

import textstats


def setup():
    """A realistic input, the same on every run (fixed seed)."""
    rng = random.Random(3)
    price = 100.0
    prices = []
    for _ in range(200000):
        price *= 1 + rng.gauss(0, 0.01)
        prices.append(price)
    return prices


def experiment(data):
    """One call of the API the commit optimizes."""
    return textstats.moving_average(data, 25)


def store_result(result, filename):
    with open(filename, "w") as f:
        json.dump(result, f)


def load_result(filename):
    with open(filename) as f:
        return json.load(f)


def check_equivalence(reference, current):
    import math
    assert len(reference) == len(current), "lengths differ"
    for r, c in zip(reference, current):
        assert math.isclose(r, c, rel_tol=1e-9, abs_tol=1e-9), (r, c)


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
