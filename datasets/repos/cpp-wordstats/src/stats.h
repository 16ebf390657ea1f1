#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace wordstats {

// The words that carry no meaning on their own, left out of frequency tables.
std::vector<std::string> default_stopwords();

bool is_stopword(std::vector<std::string> stopwords, const std::string& word);

// How often each word that is not a stopword occurs.
std::map<std::string, int> frequencies(const std::vector<std::string>& words, const std::vector<std::string>& stopwords);

// The n most frequent words, most frequent first, ties in alphabetical order.
std::vector<std::pair<std::string, int>> top_words(const std::map<std::string, int>& freq, int n);

// Distinct words per 1000 words: a measure of how varied the text is.
double lexical_density(const std::vector<std::string>& words);

}  // namespace wordstats
