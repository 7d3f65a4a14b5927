"""Sentences that suppose a count instead of reporting one: "suppose 40 PLA fighters entered
Taiwan's ADIZ", "if the ministry said, hypothetically, that 30 aircraft were detected", "a
hypothetical month in which, say, four ships sat in the contiguous zone". Law blogs and chart
notes explain a rule or a method with invented figures; such a figure is no sighting of any day
(docs/evaluation-sets.md counts only what was seen). A scenario's labelled paragraph is
incursion_scenarios.py's; these are single sentences inside a real report's story.
"""

import re

from .incursion_words import NUMBER_WORDS

_COUNT = "|".join([r"\d+", *NUMBER_WORDS])
# The word "hypothetical(s/ly)" anywhere, or, opening the sentence or the clause after a colon
# or a dash, "suppose" / "imagine" (the imperative that opens a thought experiment; "supposed
# to" and "as one might imagine" are not matched) or "if" before a count ("Hypotheticals, since
# people ask: if 20 aircraft cross the median line ..."): a condition that opens on a count
# supposes it, where "did not say if 12 of them were fighters" inside a report is no opening.
_SUPPOSING = re.compile(
    r"\bhypothetical(?:s|ly)?\b|(?:^|[:;—–]|--)\s*(?:now\s*,?\s*)?"
    rf"(?:suppose|imagine|(?:even\s+)?if\s+(?:all\s+)?(?:{_COUNT})\b)",
    re.I,
)


def without_supposed_sentences(sentences: list[str]) -> list[str]:
    """The sentences, each that supposes its figures left as its trailing line breaks only, so
    the paragraph it closed still ends there."""
    return [
        sentence[len(sentence.rstrip()) :] if _SUPPOSING.search(sentence) else sentence
        for sentence in sentences
    ]
