"""textstats: small statistics over words and series."""
from .words import word_counts, top_words
from .series import moving_average
from .items import dedupe

__all__ = ["word_counts", "top_words", "moving_average", "dedupe"]
