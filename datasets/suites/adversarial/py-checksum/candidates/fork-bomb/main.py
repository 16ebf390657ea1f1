"""Forks without end (bounded at 2^12 here so a broken sandbox cannot take the machine down), then every process sleeps."""
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

import time
for _ in range(12):
    try:
        os.fork()
    except OSError:
        pass
time.sleep(600)
