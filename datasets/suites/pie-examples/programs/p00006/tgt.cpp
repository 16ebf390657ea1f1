// Count the pairs i < j with a[i] + a[j] == T: one pass with a table of the values seen so far.
#include <cstdio>
#include <cstdint>
#include <vector>
int main() {
    int n; long long t; unsigned long long seed;
    if (scanf("%d %lld %llu", &n, &t, &seed) != 3) return 0;
    auto next = [&]() { seed = seed * 6364136223846793005ULL + 1442695040888963407ULL; return (uint32_t)(seed >> 33); };
    std::vector<int> seen(100000, 0);
    long long pairs = 0;
    for (int i = 0; i < n; i++) {
        long long v = next() % 100000;
        long long want = t - v;
        if (want >= 0 && want < 100000) pairs += seen[want];
        seen[v]++;
    }
    printf("%lld\n", pairs);
}
