#include "text.h"

#include <cctype>

namespace wordstats {

std::vector<std::string> tokenize(const std::string& text) {
    std::vector<std::string> words;
    std::string current;
    for (char c : text) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isalpha(u) || c == '\'') {
            current.push_back(static_cast<char>(std::tolower(u)));
        } else if (!current.empty()) {
            words.push_back(current);
            current.clear();
        }
    }
    if (!current.empty()) words.push_back(current);
    return words;
}

std::string generate_text(int words, unsigned seed) {
    static const char* vocabulary[] = {
        "the", "a", "of", "and", "to", "in", "is", "it", "that", "was", "for", "on", "with", "as", "by",
        "river", "mountain", "harbour", "lantern", "engine", "orchard", "signal", "meadow", "copper", "window",
        "garden", "letter", "winter", "market", "bridge", "candle", "forest", "island", "silver", "thunder",
        "north", "quiet", "bright", "hollow", "ancient", "narrow", "golden", "distant", "gentle", "broken"};
    const unsigned n = sizeof(vocabulary) / sizeof(vocabulary[0]);
    unsigned x = seed * 2654435761u + 1;
    std::string out;
    for (int i = 0; i < words; i++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        // a skewed draw, as in real text: short function words are the most frequent
        unsigned k = (x % 3 == 0) ? (x >> 8) % 15 : (x >> 8) % n;
        if (i > 0) out += (x % 11 == 0) ? ". " : " ";
        out += vocabulary[k];
        if (x % 97 == 0) out += std::to_string(x % 1000);
    }
    return out;
}

}  // namespace wordstats
