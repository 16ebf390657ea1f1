# Number of divisors of each of Q numbers, compiled with numba (a package the host may lack).
from numba import njit
import sys

@njit
def divisors(x):
    c = 0
    for d in range(1, x + 1):
        if x % d == 0:
            c += 1
    return c

data = sys.stdin.read().split()
q = int(data[0])
print("\n".join(str(divisors(int(v))) for v in data[1 : q + 1]))
