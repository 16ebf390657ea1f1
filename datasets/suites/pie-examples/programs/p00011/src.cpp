// Sum of squares of halves, x = i/2 for i < N, in floating point.
#include <cstdio>
#include <cmath>
int main() {
    long long n;
    if (scanf("%lld", &n) != 1) return 0;
    double total = 0;
    for (long long i = 0; i < n; i++) total += pow(i * 0.5, 2);
    printf("%.6e\n", total);
}
