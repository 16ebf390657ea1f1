// Sum of i*i mod M for i < N.
#include <cstdio>
int main() {
    unsigned long long n, m;
    if (scanf("%llu %llu", &n, &m) != 2) return 0;
    unsigned long long total = 0;
    for (unsigned long long i = 0; i < n; i++) total += (i * i) % m;
    printf("%llu\n", total);
}
