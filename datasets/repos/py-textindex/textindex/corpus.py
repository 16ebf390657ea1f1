"""A deterministic synthetic corpus for benchmarks and tests."""

import random

_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "po", "qua", "ber", "dan", "fel", "gor"]


def make_corpus(n_docs, words_per_doc, seed=1):
    rnd = random.Random(seed)
    vocab = ["".join(rnd.choice(_SYLLABLES) for _ in range(rnd.randint(2, 4))) for _ in range(6000)]
    vocab += ["the", "and", "of", "to"]
    docs = []
    for _ in range(n_docs):
        docs.append(" ".join(rnd.choice(vocab) for _ in range(words_per_doc)))
    return docs
