# Number of divisors of each of Q numbers: divisors come in pairs up to the square root.
import sys

def divisors(x):
    c = 0
    d = 1
    while d * d <= x:
        if x % d == 0:
            c += 1 if d * d == x else 2
        d += 1
    return c

data = sys.stdin.read().split()
q = int(data[0])
print("\n".join(str(divisors(int(v))) for v in data[1 : q + 1]))
