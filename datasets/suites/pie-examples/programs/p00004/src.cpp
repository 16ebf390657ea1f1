// How many distinct values among n generated numbers: a linear search per number.
#include <cstdio>
#include <cstdint>
#include <vector>
#include <algorithm>
int main() {
    int n; unsigned long long seed;
    if (scanf("%d %llu", &n, &seed) != 2) return 0;
    auto next = [&]() { seed = seed * 6364136223846793005ULL + 1442695040888963407ULL; return (uint32_t)(seed >> 33); };
    std::vector<unsigned> seen;
    for (int i = 0; i < n; i++) {
        unsigned v = next() % 60000;
        if (std::find(seen.begin(), seen.end(), v) == seen.end()) seen.push_back(v);
    }
    printf("%zu\n", seen.size());
}
