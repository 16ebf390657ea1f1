// Sort n generated numbers and print a checksum of the sorted order: bubble sort.
#include <cstdio>
#include <cstdint>
#include <vector>
int main() {
    int n; unsigned long long seed;
    if (scanf("%d %llu", &n, &seed) != 2) return 0;
    auto next = [&]() { seed = seed * 6364136223846793005ULL + 1442695040888963407ULL; return (uint32_t)(seed >> 33); };
    std::vector<unsigned> a(n);
    for (int i = 0; i < n; i++) a[i] = next() % 1000000;
    for (int i = 0; i < n; i++)
        for (int j = 0; j + 1 < n - i; j++)
            if (a[j] > a[j + 1]) { unsigned t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
    unsigned long long check = 0;
    for (int i = 0; i < n; i++) check = check * 1000003 + a[i];
    printf("%llu\n", check);
}
