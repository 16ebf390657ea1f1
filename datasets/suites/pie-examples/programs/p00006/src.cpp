// Count the pairs i < j with a[i] + a[j] == T: every pair is tried.
#include <cstdio>
#include <cstdint>
#include <vector>
int main() {
    int n; long long t; unsigned long long seed;
    if (scanf("%d %lld %llu", &n, &t, &seed) != 3) return 0;
    auto next = [&]() { seed = seed * 6364136223846793005ULL + 1442695040888963407ULL; return (uint32_t)(seed >> 33); };
    std::vector<long long> a(n);
    for (int i = 0; i < n; i++) a[i] = next() % 100000;
    long long pairs = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (a[i] + a[j] == t) pairs++;
    printf("%lld\n", pairs);
}
