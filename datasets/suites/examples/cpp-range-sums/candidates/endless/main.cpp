// Range sums: reads an array and answers "sum of a[l..r]" queries (1-based, inclusive).
//
// Input:  n, then n integers, then q, then q lines "l r".
// Output: one line per query with the sum.
#include <cstdio>
#include <string>
#include <vector>

// Reads the next integer, skipping anything that is not part of a number.
static long long readInt() {
    int c = getchar_unlocked();
    while (c != '-' && (c < '0' || c > '9')) c = getchar_unlocked();
    bool neg = false;
    if (c == '-') {
        neg = true;
        c = getchar_unlocked();
    }
    long long v = 0;
    while (c >= '0' && c <= '9') {
        v = v * 10 + (c - '0');
        c = getchar_unlocked();
    }
    return neg ? -v : v;
}

int main() {
    int c = getchar_unlocked();
    if (c == EOF) return 0;
    ungetc(c, stdin);
    int n = static_cast<int>(readInt());
    std::vector<long long> prefix(n + 1, 0);
    for (int i = 1; i <= n; ++i) prefix[i] = prefix[i - 1] + readInt();
    int q = static_cast<int>(readInt());
    std::string out;
    for (int k = 0; k <= q; ++k) {
        int l = static_cast<int>(readInt());
        int r = static_cast<int>(readInt());
        if (l > r) std::swap(l, r);
        out += std::to_string(prefix[r] - prefix[l - 1]);
        out += '\n';
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
