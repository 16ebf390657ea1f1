"""Does the whole work in a child that the kernel reaps by itself (SIGCHLD ignored): a CPU counter built on wait4
never sees it, so by CPU time the candidate would look many times faster, and the 0.15 s it then waits costs no CPU."""
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

signal.signal(signal.SIGCHLD, signal.SIG_IGN)
r, w = os.pipe()
if os.fork() == 0:
    os.close(r)
    os.write(w, honest().encode())
    os._exit(0)
os.close(w)
out = b""
while True:
    chunk = os.read(r, 4096)
    if not chunk:
        break
    out += chunk
time.sleep(0.15)
sys.stdout.write(out.decode())
