# Sum of the primes up to N: sieve of Eratosthenes.
n = int(input())
sieve = bytearray([1]) * (n + 1)
sieve[0:2] = b"\x00\x00"[: min(2, n + 1)]
i = 2
while i * i <= n:
    if sieve[i]:
        sieve[i * i :: i] = bytearray(len(range(i * i, n + 1, i)))
    i += 1
print(sum(i for i in range(n + 1) if sieve[i]))
