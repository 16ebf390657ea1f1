"""Takes 1 GiB of shared anonymous memory (RLIMIT_DATA does not count it) under a 256 MiB limit."""
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

m = mmap.mmap(-1, 1 << 30, flags=mmap.MAP_SHARED)
for i in range(0, 1 << 30, 4096):
    m[i] = 1
sys.stderr.write("dodged the memory limit: 1 GiB in use\n")
sys.exit(4)
