// Answer q range-sum queries over a generated array with prefix sums.
#include <cstdio>
#include <cstdint>
#include <vector>
int main() {
    int n, q; unsigned long long seed;
    if (scanf("%d %d %llu", &n, &q, &seed) != 3) return 0;
    auto next = [&]() { seed = seed * 6364136223846793005ULL + 1442695040888963407ULL; return (uint32_t)(seed >> 33); };
    std::vector<long long> prefix(n + 1, 0);
    for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + next() % 1000;
    unsigned long long check = 0;
    for (int k = 0; k < q; k++) {
        int l = next() % n, r = next() % n;
        if (l > r) { int t = l; l = r; r = t; }
        check = check * 31 + (unsigned long long)(prefix[r + 1] - prefix[l]);
    }
    printf("%llu\n", check);
}
