// Count the primes up to N: trial division of every number.
#include <cstdio>
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int count = 0;
    for (int x = 2; x <= n; x++) {
        bool prime = true;
        for (int d = 2; d * d <= x; d++) {
            if (x % d == 0) { prime = false; break; }
        }
        if (prime) count++;
    }
    printf("%d\n", count);
}
