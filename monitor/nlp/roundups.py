"""A news roundup's items: briefs, digests, newsletters and live blogs carry several separate
stories, each opened by a bullet, a number, an upper-case label or dateline ("SENKAKUS:",
"TRADE —", "TAIPEI (CNA) --", "■", "**2.") or a live blog's time ("14:05 —").

The theme model reads a whole passage as one bag of words, so in a roundup a two-sentence
partnership item drowns among three security items. Its items are scored apart (themes.py),
because each one is a story of its own and the annotation guide labels every real item.
"""

from __future__ import annotations

import re

MIN_ITEMS = 3  # two marked lines are often a headline and a dateline, not a roundup

ITEM_OPENING = re.compile(
    r"""^\s*(?:
        [■•●▪◆►]\s*                              # a bullet sign
      | [*\-–]\s+                                 # a plain-text bullet
      | (?:\*\*)?\d{1,2}[.)](?:\*\*)?\s          # a number: "2. ", "**2. ", "**2.** "
      | [A-Z][A-Z0-9 &'’/,.\-]{2,40}?\s*        # an upper-case label or dateline ("TRADE — ",
        (?:\([^()\n]{1,40}\)\s*)?                 # "TOKYO - ", "TAIPEI (CNA) --"), a credit
        (?::|—|–|--|(?<=\s)-)\s*(?=\S)          # in brackets after it; not "NATO-led"
      | \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:—|–|-)\s   # a live blog's time: "14:05 — "
    )""",
    re.VERBOSE,
)


def roundup_items(text: str) -> list[str]:
    """The items of `text` when it is a roundup (MIN_ITEMS or more lines open an item), each
    running to the next opening; lines before the first opening belong to no item. An ordinary
    article gives an empty list."""
    items: list[list[str]] = []
    for line in text.splitlines():
        if ITEM_OPENING.match(line):
            items.append([line])
        elif items and line.strip():
            items[-1].append(line)
    if len(items) < MIN_ITEMS:
        return []
    return ["\n".join(item) for item in items]
