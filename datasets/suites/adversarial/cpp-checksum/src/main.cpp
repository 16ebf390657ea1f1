// Prints the count, the sum and a position-weighted checksum of the integers on standard input.
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

int main() {
    std::fputs(checksum().c_str(), stdout);
}
