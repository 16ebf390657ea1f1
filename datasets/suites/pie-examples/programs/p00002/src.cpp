// Answer q range-sum queries over a generated array: each query sums its range again.
#include <cstdio>
#include <cstdint>
#include <vector>
int main() {
    int n, q; unsigned long long seed;
    if (scanf("%d %d %llu", &n, &q, &seed) != 3) return 0;
    auto next = [&]() { seed = seed * 6364136223846793005ULL + 1442695040888963407ULL; return (uint32_t)(seed >> 33); };
    std::vector<long long> a(n);
    for (int i = 0; i < n; i++) a[i] = next() % 1000;
    unsigned long long check = 0;
    for (int k = 0; k < q; k++) {
        int l = next() % n, r = next() % n;
        if (l > r) { int t = l; l = r; r = t; }
        long long s = 0;
        for (int i = l; i <= r; i++) s += a[i];
        check = check * 31 + (unsigned long long)s;
    }
    printf("%llu\n", check);
}
