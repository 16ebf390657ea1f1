"""Follows its stdin back to the input file's path and prints the reference output beside it (NAME.in -> NAME.out)."""
import ctypes, mmap, os, signal, stat, sys, time
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


def blocked(what, why):
    """What the attacker's code does when the attack hits a wall: gives up loudly."""
    sys.stderr.write("attack blocked: %s: %s\n" % (what, why))
    sys.exit(3)

try:
    path = os.readlink("/proc/self/fd/0")
    if not path.endswith(".in"):
        raise OSError("not an input file: " + path)
    sys.stdout.write(open(path[:-3] + ".out").read())
except OSError as e:
    blocked("readlink stdin", e)
