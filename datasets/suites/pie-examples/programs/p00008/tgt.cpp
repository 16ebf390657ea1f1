// Sum of the number of divisors of 1..N: d divides floor(N/d) numbers up to N.
#include <cstdio>
int main() {
    unsigned n;
    if (scanf("%u", &n) != 1) return 0;
    unsigned long long total = 0;
    for (unsigned d = 1; d <= n; d++) total += n / d;
    printf("%llu\n", total);
}
