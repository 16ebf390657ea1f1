"""Makes itself root of a new user namespace: the first step of many kernel exploits."""
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

libc = ctypes.CDLL(None, use_errno=True)
if libc.unshare(0x10000000) != 0:
    blocked("unshare", os.strerror(ctypes.get_errno()))
sys.stdout.write(honest())
