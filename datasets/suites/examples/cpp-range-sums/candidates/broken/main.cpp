// Range sums: reads an array and answers "sum of a[l..r]" queries (1-based, inclusive).
//
// Input:  n, then n integers, then q, then q lines "l r".
// Output: one line per query with the sum.
#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nulptr);
    int n;
    if (!(std::cin >> n)) return 0;
    std::vector<long long> prefix(n + 1, 0);
    for (int i = 1; i <= n; ++i) {
        long long x;
        std::cin >> x;
        prefix[i] = prefix[i - 1] + x;
    }
    int q = 0;
    std::cin >> q;
    for (int k = 0; k < q; ++k) {
        int l, r;
        std::cin >> l >> r;
        if (l > r) std::swap(l, r);
        std::cout << prefix[r] - prefix[l - 1] << '\n';
    }
    return 0;
}
