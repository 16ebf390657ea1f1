// How many distinct values among n generated numbers: sort, then count runs.
#include <cstdio>
#include <cstdint>
#include <vector>
#include <algorithm>
int main() {
    int n; unsigned long long seed;
    if (scanf("%d %llu", &n, &seed) != 2) return 0;
    auto next = [&]() { seed = seed * 6364136223846793005ULL + 1442695040888963407ULL; return (uint32_t)(seed >> 33); };
    std::vector<unsigned> v(n);
    for (int i = 0; i < n; i++) v[i] = next() % 60000;
    std::sort(v.begin(), v.end());
    printf("%zu\n", (size_t)(std::unique(v.begin(), v.end()) - v.begin()));
}
