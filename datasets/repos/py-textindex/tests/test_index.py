import unittest

from textindex.index import Index
from textindex.tokens import terms
from textindex.vocabulary import distinct_terms, term_ids


class TokensTest(unittest.TestCase):
    def test_terms_drop_stopwords_and_case(self):
        self.assertEqual(terms("The Cat and the HAT"), ["cat", "hat"])


class VocabularyTest(unittest.TestCase):
    def test_first_occurrence_order(self):
        self.assertEqual(distinct_terms([["b", "a"], ["a", "c", "b"]]), ["b", "a", "c"])

    def test_ids_follow_order(self):
        self.assertEqual(term_ids(["x", "y"]), {"x": 0, "y": 1})


class IndexTest(unittest.TestCase):
    def setUp(self):
        self.index = Index(["red fish blue fish", "one fish", "red car"])

    def test_lookup_counts(self):
        self.assertEqual(self.index.lookup("fish"), [(0, 2), (1, 1)])

    def test_query_all(self):
        self.assertEqual(self.index.query_all("red fish"), [0])

    def test_top_terms(self):
        self.assertEqual(self.index.top_terms(2), [("fish", 2), ("red", 2)])

    def test_vocabulary_order(self):
        self.assertEqual(self.index.vocabulary, ["red", "fish", "blue", "one", "car"])


if __name__ == "__main__":
    unittest.main()
