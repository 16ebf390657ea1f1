#include "stats.h"

#include <algorithm>
#include <set>

namespace wordstats {

std::vector<std::string> default_stopwords() {
    return {"a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "could", "did", "do",
            "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having",
            "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it",
            "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on",
            "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should",
            "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
            "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we",
            "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "you", "your"};
}

bool is_stopword(std::vector<std::string> stopwords, const std::string& word) {
    return std::find(stopwords.begin(), stopwords.end(), word) != stopwords.end();
}

std::map<std::string, int> frequencies(const std::vector<std::string>& words, const std::vector<std::string>& stopwords) {
    std::map<std::string, int> freq;
    for (const std::string& w : words) {
        if (!is_stopword(stopwords, w)) freq[w]++;
    }
    return freq;
}

std::vector<std::pair<std::string, int>> top_words(const std::map<std::string, int>& freq, int n) {
    std::vector<std::pair<std::string, int>> all(freq.begin(), freq.end());
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (static_cast<int>(all.size()) > n) all.resize(n);
    return all;
}

double lexical_density(const std::vector<std::string>& words) {
    if (words.empty()) return 0.0;
    std::set<std::string> distinct(words.begin(), words.end());
    return 1000.0 * distinct.size() / words.size();
}

}  // namespace wordstats
