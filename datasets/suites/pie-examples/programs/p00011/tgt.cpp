// Sum of squares of halves, x = i/2 for i < N: x*x instead of pow (GCC already turns pow(x, 2) into x*x).
#include <cstdio>
int main() {
    long long n;
    if (scanf("%lld", &n) != 1) return 0;
    double total = 0;
    for (long long i = 0; i < n; i++) {
        double x = i * 0.5;
        total += x * x;
    }
    printf("%.6e\n", total);
}
