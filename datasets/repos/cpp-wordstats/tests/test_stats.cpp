// Unit tests without a framework: each check prints what failed, and the exit status says whether all passed.
#include <cstdio>
#include <string>

#include "stats.h"
#include "text.h"

static int failures = 0;

#define CHECK(name, cond) do { if (!(cond)) { std::printf("FAIL: %s (%s:%d)\n", name, __FILE__, __LINE__); failures++; } } while (0)

int main() {
    auto words = wordstats::tokenize("The river, the RIVER; a bridge's lantern.");
    CHECK("tokenize splits and lower-cases", words.size() == 7 && words[1] == "river" && words[5] == "bridge's");
    auto stop = wordstats::default_stopwords();
    CHECK("stopword found", wordstats::is_stopword(stop, "the"));
    CHECK("non-stopword", !wordstats::is_stopword(stop, "river"));
    auto freq = wordstats::frequencies(words, stop);
    CHECK("frequencies skip stopwords", freq.count("the") == 0 && freq["river"] == 2 && freq["lantern"] == 1);
    auto top = wordstats::top_words(freq, 2);
    CHECK("top words by count then name", top.size() == 2 && top[0].first == "river" && top[1].first == "bridge's");
    CHECK("density", wordstats::lexical_density({"a", "b", "a", "c"}) == 750.0);
    CHECK("generated text is deterministic", wordstats::generate_text(50, 3) == wordstats::generate_text(50, 3));
    if (failures == 0) std::printf("all tests passed\n");
    return failures == 0 ? 0 : 1;
}
