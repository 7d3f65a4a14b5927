"""Sentences whose figures no one saw: a count supposed ("suppose 40 PLA fighters entered
Taiwan's ADIZ", "if the ministry said, hypothetically, that 30 aircraft were detected", "a
hypothetical month in which, say, four ships sat in the contiguous zone", a war game's "the
scenario escalated: the control team had the PLA fire 20 missiles") and a chart's legend
("a filled square means Japan Coast Guard patrols saw at least one China Coast Guard ship in the
contiguous zone", "each dot stands for two aircraft"). Law blogs and chart notes explain a rule
or a method with invented figures, and a legend's figure is a threshold or a scale; neither is a
sighting of any day (docs/evaluation-sets.md counts only what was seen). A scenario's labelled
paragraph is incursion_scenarios.py's; these are single sentences inside a real report's story.
"""

import re

from .incursion_words import NUMBER_WORDS

_COUNT = "|".join([r"\d+", *NUMBER_WORDS])
# The word "hypothetical(s/ly)" anywhere, or, opening the sentence or the clause after a colon
# or a dash, "suppose" / "imagine" (the imperative that opens a thought experiment; "supposed
# to" and "as one might imagine" are not matched) or "if" before a count ("Hypotheticals, since
# people ask: if 20 aircraft cross the median line ..."): a condition that opens on a count
# supposes it, where "did not say if 12 of them were fighters" inside a report is no opening.
# A count set off as an example, ", say, 40 aircraft" ("what it would mean if, say, 40 aircraft
# were reported"), is supposed wherever it stands, and so is a condition's example ("if, for
# example, 30 aircraft are reported and 20 crossed the median line"): "for example" alone is
# left, since "on Monday, for example, 45 aircraft ..." cites a day that was seen. So are the
# figures of a sentence that tells what a war game's scenario had happen ("On day two the
# scenario escalated: the control team had the PLA fire 20 missiles"): all are invented for the
# telling.
_SUPPOSING = re.compile(
    r"\bhypothetical(?:s|ly)?\b|(?:^|[:;—–]|--)\s*(?:now\s*,?\s*)?"
    rf"(?:suppose|imagine|(?:even\s+)?if\s+(?:all\s+)?(?:{_COUNT})\b)"
    rf"|,\s*say\s*,\s*(?:{_COUNT})\b"
    rf"|\bif\s*,\s*for\s+(?:example|instance)\s*,\s*(?:{_COUNT})\b"
    r"|\b(?:the|this|its|their|year['’]s)\s+scenario\b"
    # A feature's picture of what a reader may see on any day ("By 11, on a clear day, you may
    # see the white hull of a China Coast Guard cutter sitting off Dongyin"): no sighting.
    r"|\byou\s+(?:may|might|can|could)\s+(?:often\s+|sometimes\s+|also\s+)?(?:see|spot|watch)\b"
    # A primer's picture of what any report may hold ("Clients keep asking why a daily report
    # can say 30 aircraft 'entered' something"): a report of no day, its figure an example.
    r"|\ban?\s+(?:daily\s+|single\s+|typical\s+)?report\s+(?:can|could|may|might)\s+"
    r"(?:say|show|list|give|count)\b",
    re.I,
)
# A mark of a chart, then the verb that gives its meaning. Lines are left out: "the median line
# marks ..." is a zone described, not a chart's legend.
_LEGEND = re.compile(
    r"\b(?:squares?|bars?|dots?|cells?|circles?|markers?|colou?rs?|shading|segments?)\b"
    r"(?:\s+(?:in|on|of)\s+(?:the|this|our|each)\s+\w+)?"
    r"\s+(?:means?|stands? for|indicates?|represents?)\b",
    re.I,
)


def without_invented_figures(sentences: list[str]) -> list[str]:
    """The sentences, each that supposes its figures or reads a chart's legend left as its
    trailing line breaks only, so the paragraph it closed still ends there."""
    return [
        sentence[len(sentence.rstrip()) :]
        if _SUPPOSING.search(sentence)
        or (_may_read_a_legend(sentence) and _LEGEND.search(sentence))
        else sentence
        for sentence in sentences
    ]


# A letter of each of _LEGEND's verbs ("mean", "stand for", "indicate", "represent") that
# IGNORECASE matches only as its two cases: a sentence with none of them reads no legend, and
# the pattern, tried at every word, is left unread.
_LEGEND_VERBS = ("mean", "tand", "cat", "repre")


def _may_read_a_legend(sentence: str) -> bool:
    low = sentence.lower()
    return any(verb in low for verb in _LEGEND_VERBS)
