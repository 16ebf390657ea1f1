// Word frequencies: reads a text and reports the most frequent words.
//
// A word is a maximal run of ASCII letters, compared case-insensitively (reported in lower case).
// Output: "words: N", "distinct: D", then up to 10 lines "COUNT WORD", most frequent first,
// ties broken alphabetically.
//
// Expert version: counts live in a hash map (O(1) per word instead of a linear scan over every
// distinct word seen so far), and only the top 10 are ordered (partial_sort).
#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

int main() {
    std::string text;
    {
        char buf[1 << 16];
        size_t got;
        while ((got = std::fread(buf, 1, sizeof buf, stdin)) > 0) text.append(buf, got);
    }
    std::unordered_map<std::string, int> counts;
    counts.reserve(1 << 14);
    long total = 0;
    std::string word;
    for (size_t i = 0; i <= text.size(); ++i) {
        unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
        unsigned char lower = c | 0x20;
        if (lower >= 'a' && lower <= 'z') {
            word += static_cast<char>(lower);
        } else if (!word.empty()) {
            ++counts[word];
            ++total;
            word.clear();
        }
    }
    std::vector<std::pair<std::string, int>> all(counts.begin(), counts.end());
    auto moreFrequent = [](const std::pair<std::string, int>& a, const std::pair<std::string, int>& b) {
        if (a.second != b.second) return a.second > b.second;
        return a.first < b.first;
    };
    size_t top = std::min<size_t>(10, all.size());
    std::partial_sort(all.begin(), all.begin() + top, all.end(), moreFrequent);
    std::printf("words: %ld\n", total);
    std::printf("distinct: %zu\n", all.size());
    for (size_t i = 0; i < top; ++i) std::printf("%d %s\n", all[i].second, all[i].first.c_str());
    return 0;
}
