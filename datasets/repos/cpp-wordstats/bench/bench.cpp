// The benchmark: word statistics of a generated corpus; prints the result so that runs can be compared.
#include <cstdio>
#include <cstdlib>

#include "stats.h"
#include "text.h"

int main(int argc, char** argv) {
    int words = argc > 1 ? std::atoi(argv[1]) : 400000;
    std::string text = wordstats::generate_text(words, 7);
    std::vector<std::string> tokens = wordstats::tokenize(text);
    auto freq = wordstats::frequencies(tokens, wordstats::default_stopwords());
    std::printf("words %zu, distinct non-stopwords %zu, density %.3f\n", tokens.size(), freq.size(), wordstats::lexical_density(tokens));
    for (const auto& [word, count] : wordstats::top_words(freq, 10)) std::printf("%s %d\n", word.c_str(), count);
    return 0;
}
