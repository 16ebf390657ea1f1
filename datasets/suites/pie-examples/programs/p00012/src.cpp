// The ten starting values below N with the longest Collatz chains; answers printed with endl.
#include <iostream>
#include <vector>
#include <algorithm>
int main() {
    int n;
    if (!(std::cin >> n)) return 0;
    std::vector<std::pair<int, int>> lengths;
    for (int s = 1; s < n; s++) {
        long long x = s; int len = 1;
        while (x != 1) { x = (x % 2) ? 3 * x + 1 : x / 2; len++; }
        lengths.push_back({-len, s});
    }
    std::sort(lengths.begin(), lengths.end());
    for (int i = 0; i < 10 && i < (int)lengths.size(); i++)
        std::cout << lengths[i].second << " " << -lengths[i].first << std::endl;
}
