// Does its work at build time: a compile-time loop far past what the compiler allows (the build would never end).
#include <cstdio>
#include <string>

static std::string checksum() {
    long long n = 0, total = 0, weighted = 0, x;
    while (std::scanf("%lld", &x) == 1) {
        ++n;
        total += x;
        weighted = (weighted * 31 + x * n) % 1000000007LL;
        if (weighted < 0) weighted += 1000000007LL;
    }
    char line[96];
    std::snprintf(line, sizeof line, "%lld %lld %lld\n", n, total, weighted);
    return line;
}

constexpr long long spin() { long long s = 0; for (long long i = 0; i < 100000000000LL; i++) s += i; return s; }
constexpr long long spun = spin();

int main() {
    std::fputs(checksum().c_str(), stdout);
}
