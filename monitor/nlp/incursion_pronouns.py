"""A pronoun for one craft named in the sentence before: "The balloon was spotted off Keelung.
It crossed the median line" is the balloon's crossing, one craft in the zone (rule 2), as "The
balloon crossed the median line" is. "It" after any other sentence is the ministry or the
report, and is left alone."""

from .incursion_phrases import head_at
from .incursion_tokens import tokenize

# The verbs after "It" that move a craft into a zone; "It said" is the ministry.
_CROSSINGS = {"crossed", "entered", "flew", "drifted", "sailed", "later", "then", "also"}


def craft_for_it(sentences: list[str]) -> list[str]:
    """The sentences, each opening "It crossed ..." after one that opens with a single craft
    ("The balloon ...") written with that craft in place of "It"."""
    named: str | None = None  # the single craft the sentence before opens with
    read: list[str] = []
    for sentence in sentences:
        tokens = tokenize(sentence)
        opens_with_it = len(tokens) > 1 and tokens[0].text == "It"
        if named is not None and opens_with_it and tokens[1].low in _CROSSINGS:
            sentence = sentence.replace("It", f"The {named}", 1)
        read.append(sentence)
        head = head_at(tokens, 1) if tokens and tokens[0].low == "the" else None
        noun = tokens[head.last].low if head is not None and head.craft is not None else "s"
        one = not noun.endswith("s") and noun != "aircraft"
        named = " ".join(t.text for t in tokens[1 : head.last + 1]) if head and one else None
    return read
