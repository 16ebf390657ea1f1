"""The vocabulary of a corpus: every distinct term, in the order first seen."""


def distinct_terms(docs):
    """Distinct terms over all documents, first occurrence order."""
    seen = []
    for doc in docs:
        for term in doc:
            if term not in seen:
                seen.append(term)
    return seen


def term_ids(vocabulary):
    """Term -> its position in the vocabulary."""
    return {term: i for i, term in enumerate(vocabulary)}
