// Sort n generated numbers and print a checksum of the sorted order: std::sort.
#include <cstdio>
#include <cstdint>
#include <vector>
#include <algorithm>
int main() {
    int n; unsigned long long seed;
    if (scanf("%d %llu", &n, &seed) != 2) return 0;
    auto next = [&]() { seed = seed * 6364136223846793005ULL + 1442695040888963407ULL; return (uint32_t)(seed >> 33); };
    std::vector<unsigned> a(n);
    for (int i = 0; i < n; i++) a[i] = next() % 1000000;
    std::sort(a.begin(), a.end());
    unsigned long long check = 0;
    for (int i = 0; i < n; i++) check = check * 1000003 + a[i];
    printf("%llu\n", check);
}
