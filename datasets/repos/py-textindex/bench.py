"""Benchmark: index a synthetic corpus and answer a few queries; prints the results so runs can be compared."""

import sys

from textindex.corpus import make_corpus
from textindex.index import Index


def main():
    n_docs = int(sys.argv[1]) if len(sys.argv) > 1 else 800
    corpus = make_corpus(n_docs, 60)
    index = Index(corpus)
    print("documents", len(index.docs), "vocabulary", len(index.vocabulary))
    for term, df in index.top_terms(5):
        print(term, df)
    print("first terms", " ".join(index.vocabulary[:5]))
    print("query", index.query_all(index.vocabulary[0] + " " + index.vocabulary[1])[:10])


if __name__ == "__main__":
    main()
