import re

_WORD = re.compile(r"[a-z']+")


def tokens(text):
    return _WORD.findall(text.lower())


def word_counts(text):
    """How often each word occurs, as a dict ordered by first occurrence."""
    words = tokens(text)
    counts = {}
    for w in words:
        if w not in counts:
            counts[w] = words.count(w)
    return counts


def top_words(text, n=10):
    counts = word_counts(text)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
