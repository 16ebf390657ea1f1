// Concatenate n generated numbers into one string and print its length and a hash: appended in place.
#include <cstdio>
#include <cstdint>
#include <string>
int main() {
    int n; unsigned long long seed;
    if (scanf("%d %llu", &n, &seed) != 2) return 0;
    auto next = [&]() { seed = seed * 6364136223846793005ULL + 1442695040888963407ULL; return (uint32_t)(seed >> 33); };
    std::string s;
    for (int i = 0; i < n; i++) { s += std::to_string(next()); s += ','; }
    unsigned long long h = 1469598103934665603ULL;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
    printf("%zu %llu\n", s.size(), h);
}
