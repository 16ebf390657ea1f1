// Word frequencies: reads a text and reports the most frequent words.
//
// A word is a maximal run of ASCII letters, compared case-insensitively (reported in lower case).
// Output: "words: N", "distinct: D", then up to 10 lines "COUNT WORD", most frequent first,
// ties broken alphabetically.
#include <algorithm>
#include <cctype>
#include <iostream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

typedef std::vector<std::pair<std::string, int>> Counts;

static void addWord(Counts& counts, const std::string& word) {
    for (size_t i = 0; i < counts.size(); ++i) {
        if (counts[i].first == word) {
            counts[i].second++;
            return;
        }
    }
    counts.push_back(std::make_pair(word, 1));
}

static bool moreFrequent(const std::pair<std::string, int>& a, const std::pair<std::string, int>& b) {
    if (a.second != b.second) return a.second > b.second;
    return a.first < b.first;
}

int main() {
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    Counts counts;
    long total = 0;
    std::string word;
    for (size_t i = 0; i <= text.size(); ++i) {
        unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
        if (c < 128 && std::isalpha(c)) {
            word += static_cast<char>(std::tolower(c));
        } else if (!word.empty()) {
            addWord(counts, word);
            ++total;
            word.clear();
        }
    }
    std::sort(counts.begin(), counts.end(), moreFrequent);
    std::cout << "words: " << total << "\n";
    std::cout << "distinct: " << counts.size() << "\n";
    for (size_t i = 0; i < counts.size() && i < 10; ++i) {
        std::cout << counts[i].second << " " << counts[i].first << "\n";
    }
    return 0;
}
