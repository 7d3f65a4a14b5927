"""Paragraphs that tell a scenario, not a report: "Scenario two: Beijing declares a customs
zone ... Within a week, 25 coast guard cutters ring the island", "Hypothetical — ...", "What if
the PLA sent 40 ships ...?". War games, scripts and thought experiments invent their figures;
a count in them is no sighting of any day (docs/evaluation-sets.md counts only what was seen).
The label opens the paragraph, so the paragraph after it (a real report told beside the
scenario: "What the data say. The ministry counted 153 aircraft ...") is read as usual.
A figure quoted as what a reader may come across ("when you see '30 aircraft in the ADIZ'")
is an example of wording, invented as a scenario's is.
"""

import re

# A scenario's label: the word, an optional name or number, then a colon or a dash, or a
# question that opens with "what if".
_SCENARIO_LEAD = re.compile(
    r"\s*(?:(?:scenario|hypothetical|thought experiment)\b[^.:;\n]{0,30}?\s*(?::|—|–|--)"
    r"|what if\b)",
    re.I,
)


def without_scenario_paragraphs(sentences: list[str]) -> list[str]:
    """The sentences, without those of a paragraph a scenario's label opens."""
    kept: list[str] = []
    in_scenario = False
    for sentence in sentences:
        in_scenario = in_scenario or _SCENARIO_LEAD.match(sentence) is not None
        if not in_scenario:
            kept.append(sentence)
        in_scenario = in_scenario and "\n" not in sentence  # the label's paragraph is its line
    return kept


# "when you see '30 aircraft in the ADIZ'", "if you read "40 jets crossed"": a quotation that a
# reader, not a ministry, comes across. The quote is bounded, so a stray mark costs one pass.
_QUOTED_EXAMPLE = re.compile(
    r"\b((?:when|whenever|if|once)\s+(?:you|people|readers)\s+(?:see|read|hear|spot)\s+)"
    r"['‘\"“][^'’\"”\n]{1,80}['’\"”]",
    re.I,
)


def without_quoted_examples(sentences: list[str]) -> list[str]:
    """The sentences, each quotation that a reader is told they may see left out: its figure
    is an example of how posts word a count, no count of any day."""
    return [
        _QUOTED_EXAMPLE.sub(r"\1such a post", sentence) if _quotes(sentence) else sentence
        for sentence in sentences
    ]


def _quotes(sentence: str) -> bool:
    """Whether the sentence holds a mark that opens a quotation: one without any, as most
    sentences are, quotes no example, and the pattern is not tried at its every word."""
    return any(mark in sentence for mark in _OPENING_QUOTES)


_OPENING_QUOTES = ("'", "‘", '"', "“")  # as _QUOTED_EXAMPLE opens its quotation
