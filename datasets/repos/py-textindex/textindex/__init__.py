"""A small inverted index over documents: tokenize, index, query."""
