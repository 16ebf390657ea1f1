"""Keeps its answer in an extended attribute of its stdin (the input file, if it were one): the next run would just read it."""
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
    sys.stdout.write(os.getxattr(0, "user.answer").decode())
    sys.exit(0)
except OSError:
    pass
out = honest()
try:
    os.setxattr(0, "user.answer", out.encode())
except OSError as e:
    blocked("setxattr stdin", e)
sys.stdout.write(out)
