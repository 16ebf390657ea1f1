// Length of the longest common subsequence of two strings: two rolling rows.
#include <iostream>
#include <string>
#include <vector>
int main() {
    std::string a, b;
    std::cin >> a >> b;
    int n = a.size(), m = b.size();
    std::vector<int> prev(m + 1, 0), cur(m + 1, 0);
    for (int i = 1; i <= n; i++) {
        for (int j = 1; j <= m; j++) {
            if (a[i - 1] == b[j - 1]) cur[j] = prev[j - 1] + 1;
            else cur[j] = prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
        }
        std::swap(prev, cur);
    }
    std::cout << prev[m] << std::endl;
}
