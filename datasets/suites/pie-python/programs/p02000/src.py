# Sum of the primes up to N: trial division of every number.
n = int(input())
total = 0
for x in range(2, n + 1):
    prime = True
    d = 2
    while d * d <= x:
        if x % d == 0:
            prime = False
            break
        d += 1
    if prime:
        total += x
print(total)
