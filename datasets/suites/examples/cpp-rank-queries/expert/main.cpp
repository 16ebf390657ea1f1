// Range counting: how many of the recorded values fall inside [lo, hi]?
//
// Expert version: the sorted values are passed to the binary searches by const reference, so a
// query no longer copies the whole vector (two allocations and O(n) copying per query).
//
// Input:  n, then n integers (the values), then q, then q lines "lo hi".
// Output: one line per query with the number of values v such that lo <= v <= hi
//         (0 when lo > hi).
#include <algorithm>
#include <cstdio>
#include <vector>

// Number of values in the sorted list that are <= x.
static long countAtMost(const std::vector<int>& sorted, int x) {
    return std::upper_bound(sorted.begin(), sorted.end(), x) - sorted.begin();
}

// Number of values in the sorted list that are < x.
static long countBelow(const std::vector<int>& sorted, int x) {
    return std::lower_bound(sorted.begin(), sorted.end(), x) - sorted.begin();
}

static std::vector<int> readValues(int n) {
    std::vector<int> values;
    values.reserve(n > 0 ? n : 0);
    for (int i = 0; i < n; ++i) {
        int v;
        if (std::scanf("%d", &v) != 1) break;
        values.push_back(v);
    }
    return values;
}

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 0;
    std::vector<int> values = readValues(n);
    std::sort(values.begin(), values.end());
    int q = 0;
    if (std::scanf("%d", &q) != 1) q = 0;
    for (int k = 0; k < q; ++k) {
        int lo, hi;
        if (std::scanf("%d %d", &lo, &hi) != 2) break;
        long count = lo > hi ? 0 : countAtMost(values, hi) - countBelow(values, lo);
        std::printf("%ld\n", count);
    }
    return 0;
}
