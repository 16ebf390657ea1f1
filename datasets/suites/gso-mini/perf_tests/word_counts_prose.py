import json
import random
import timeit

import textstats


def setup():
    """A realistic input, the same on every run (fixed seed)."""
    rng = random.Random(1)
    vocabulary = ["w" + "".join("abcdefghij"[int(d)] for d in str(i)) for i in range(120)]
    weights = [1.0 / (i + 1) ** 0.5 for i in range(120)]
    return " ".join(rng.choices(vocabulary, weights, k=60000))


def experiment(data):
    """One call of the API the commit optimizes."""
    return textstats.word_counts(data)


def store_result(result, filename):
    with open(filename, "w") as f:
        json.dump(result, f)


def load_result(filename):
    with open(filename) as f:
        return json.load(f)


def check_equivalence(reference, current):
    assert list(reference.items()) == list(current.items()), "word counts differ"


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
