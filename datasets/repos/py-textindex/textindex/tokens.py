"""Splitting text into normalized terms."""

import re

_WORD = re.compile(r"[a-z0-9']+")
STOPWORDS = frozenset("a an and are as at be by for from has in is it of on or that the to was were will with".split())


def terms(text):
    """Lower-cased words of the text, stopwords left out, in order."""
    return [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS]
