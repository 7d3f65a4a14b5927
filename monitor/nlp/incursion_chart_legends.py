"""A chart's legend: "a filled square means Japan Coast Guard patrols saw at least one China
Coast Guard ship in the contiguous zone", "each dot stands for two aircraft". It says what a mark
on the chart is worth, and its figure is a threshold or a scale, no count of any day's craft."""

import re

# A mark of a chart, then the verb that gives its meaning. Lines are left out: "the median line
# marks ..." is a zone described, not a chart's legend.
_LEGEND = re.compile(
    r"\b(?:squares?|bars?|dots?|cells?|circles?|markers?|colou?rs?|shading|segments?)\b"
    r"(?:\s+(?:in|on|of)\s+(?:the|this|our|each)\s+\w+)?"
    r"\s+(?:means?|stands? for|indicates?|represents?)\b",
    re.I,
)


def without_legend_sentences(sentences: list[str]) -> list[str]:
    """The sentences, each that reads a chart's legend left as its trailing line breaks only,
    so the paragraph it closed still ends there."""
    return [
        sentence[len(sentence.rstrip()) :] if _LEGEND.search(sentence) else sentence
        for sentence in sentences
    ]
