// Sum of the number of divisors of 1..N: each number's divisors counted up to its square root.
#include <cstdio>
int main() {
    unsigned n;
    if (scanf("%u", &n) != 1) return 0;
    unsigned long long total = 0;
    for (unsigned i = 1; i <= n; i++)
        for (unsigned d = 1; d * d <= i; d++)
            if (i % d == 0) total += (d * d == i) ? 1 : 2;
    printf("%llu\n", total);
}
