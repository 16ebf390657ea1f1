#pragma once
#include <string>
#include <vector>

namespace wordstats {

// Lower-cased words of a text: runs of letters and apostrophes; everything else separates words.
std::vector<std::string> tokenize(const std::string& text);

// A deterministic pseudo-text of n words drawn from a fixed vocabulary, for benchmarks and tests.
std::string generate_text(int words, unsigned seed);

}  // namespace wordstats
