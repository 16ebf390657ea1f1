"""An inverted index: for each term, the documents holding it and how often."""

from .tokens import terms
from .vocabulary import distinct_terms, term_ids


class Index:
    def __init__(self, texts):
        self.docs = [terms(t) for t in texts]
        self.vocabulary = distinct_terms(self.docs)
        self.ids = term_ids(self.vocabulary)
        self.postings = {}
        for doc_id, doc in enumerate(self.docs):
            counts = {}
            for term in doc:
                counts[term] = counts.get(term, 0) + 1
            for term, n in counts.items():
                self.postings.setdefault(term, []).append((doc_id, n))

    def lookup(self, term):
        """(doc id, count) pairs of the documents holding the term, by doc id."""
        return self.postings.get(term.lower(), [])

    def query_all(self, query):
        """Doc ids holding every term of the query, ascending."""
        result = None
        for term in terms(query):
            docs = {d for d, _ in self.lookup(term)}
            result = docs if result is None else result & docs
        return sorted(result or [])

    def top_terms(self, n):
        """The n terms found in most documents, ties by term."""
        ranked = sorted(self.postings.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        return [(t, len(p)) for t, p in ranked[:n]]
