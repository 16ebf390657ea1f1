// Range sums: reads an array and answers "sum of a[l..r]" queries (1-based, inclusive).
//
// Input:  n, then n integers, then q, then q lines "l r".
// Output: one line per query with the sum.
//
// Expert version: the whole input is read in one block and parsed by hand, and the answers are
// collected in one buffer written at the end (no std::endl flush per line, no stdio sync).
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

// The characters operator>> skips: ' ', \t, \n, \v, \f, \r.
inline bool isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

struct Reader {
    std::string data;
    size_t pos = 0;

    Reader() {
        char buf[1 << 16];
        size_t got;
        while ((got = std::fread(buf, 1, sizeof buf, stdin)) > 0) data.append(buf, got);
    }

    bool next(long long& out) {
        while (pos < data.size() && isSpace(data[pos])) ++pos;
        if (pos >= data.size()) return false;
        bool neg = false;
        if (data[pos] == '-' || data[pos] == '+') neg = data[pos++] == '-';
        long long v = 0;
        while (pos < data.size() && data[pos] >= '0' && data[pos] <= '9') v = v * 10 + (data[pos++] - '0');
        out = neg ? -v : v;
        return true;
    }
};

void append(std::string& out, long long v) {
    char tmp[24];
    int len = 0;
    unsigned long long u = v < 0 ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
    do {
        tmp[len++] = static_cast<char>('0' + u % 10);
        u /= 10;
    } while (u != 0);
    if (v < 0) out.push_back('-');
    while (len > 0) out.push_back(tmp[--len]);
    out.push_back('\n');
}

}  // namespace

int main() {
    Reader in;
    long long nn;
    if (!in.next(nn)) return 0;
    int n = static_cast<int>(nn);
    std::vector<long long> prefix(n + 1, 0);
    for (int i = 1; i <= n; ++i) {
        long long x = 0;
        in.next(x);
        prefix[i] = prefix[i - 1] + x;
    }
    long long q = 0;
    in.next(q);
    std::string out;
    out.reserve(static_cast<size_t>(q) * 12);
    for (long long k = 0; k < q; ++k) {
        long long l = 0, r = 0;
        in.next(l);
        in.next(r);
        if (l > r) std::swap(l, r);
        append(out, prefix[r] - prefix[l - 1]);
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
