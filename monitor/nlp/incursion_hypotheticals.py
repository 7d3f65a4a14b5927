"""Sentences that suppose a count instead of reporting one: "suppose 40 PLA fighters entered
Taiwan's ADIZ", "if the ministry said, hypothetically, that 30 aircraft were detected", "a
hypothetical month in which, say, four ships sat in the contiguous zone". Law blogs and chart
notes explain a rule or a method with invented figures; such a figure is no sighting of any day
(docs/evaluation-sets.md counts only what was seen). A scenario's labelled paragraph is
incursion_scenarios.py's; these are single sentences inside a real report's story.
"""

import re

# The word "hypothetical(ly)" anywhere, or "suppose" / "imagine" opening the sentence or the
# clause after a colon or a dash (the imperative that opens a thought experiment; "supposed
# to" and "as one might imagine" are not matched).
_SUPPOSING = re.compile(
    r"\bhypothetical(?:ly)?\b|(?:^|[:;—–]|--)\s*(?:now\s*,?\s*)?(?:suppose|imagine)\b", re.I
)


def without_supposed_sentences(sentences: list[str]) -> list[str]:
    """The sentences, each that supposes its figures left as its trailing line breaks only, so
    the paragraph it closed still ends there."""
    return [
        sentence[len(sentence.rstrip()) :] if _SUPPOSING.search(sentence) else sentence
        for sentence in sentences
    ]
