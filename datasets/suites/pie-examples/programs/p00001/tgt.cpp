// Count the primes up to N: sieve of Eratosthenes.
#include <cstdio>
#include <vector>
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    if (n < 2) { printf("0\n"); return 0; }
    std::vector<char> composite(n + 1, 0);
    int count = 0;
    for (long long x = 2; x <= n; x++) {
        if (composite[x]) continue;
        count++;
        for (long long m = x * x; m <= n; m += x) composite[m] = 1;
    }
    printf("%d\n", count);
}
