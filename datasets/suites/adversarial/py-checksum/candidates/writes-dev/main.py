"""Stores its cache in /dev itself (an unsized tmpfs, were it writable)."""
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
    open("/dev/.answer", "w").write("cache")
except OSError as e:
    blocked("write /dev", e)
sys.stdout.write(honest())
