// Multiply two generated n x n matrices and print a checksum: i-j-k order walks B by columns.
#include <cstdio>
#include <cstdint>
#include <vector>
int main() {
    int n; unsigned long long seed;
    if (scanf("%d %llu", &n, &seed) != 2) return 0;
    auto next = [&]() { seed = seed * 6364136223846793005ULL + 1442695040888963407ULL; return (uint32_t)(seed >> 33); };
    std::vector<std::vector<long long>> a(n, std::vector<long long>(n)), b = a, c = a;
    for (auto& row : a) for (auto& x : row) x = next() % 100;
    for (auto& row : b) for (auto& x : row) x = next() % 100;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            long long s = 0;
            for (int k = 0; k < n; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
    unsigned long long check = 0;
    for (auto& row : c) for (auto x : row) check = check * 31 + (unsigned long long)x;
    printf("%llu\n", check);
}
