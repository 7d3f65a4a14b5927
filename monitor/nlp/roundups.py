"""A news roundup's items: briefs, digests, newsletters and live blogs carry several separate
stories, each opened by a bullet, a number, an upper-case label or dateline ("SENKAKUS:",
"TRADE —", "TAIPEI (CNA) --", "■", "**2.") or a live blog's time ("14:05 —").

The theme model reads a whole passage as one bag of words, so in a roundup a two-sentence
partnership item drowns among three security items. Its items are scored apart (themes.py),
because each one is a story of its own and the annotation guide labels every real item.

Two layouts look like roundups and are one story. A transcript's turns ("ANCHOR:", "MS BRUCE:",
"QUESTION:") answer each other, and a turn scored alone reads a passing "close cooperation with
the United States" as the story's theme; a label that opens two turns marks a transcript. And a
line of a few words (a timeline's "2023: Tomahawks agreed with Washington", "1. Announcements",
a programme's credit) is no story, so it is not scored apart.
"""

from __future__ import annotations

import re

MIN_ITEMS = 3  # two marked lines are often a headline and a dateline, not a roundup
MIN_ITEM_WORDS = 12  # about one sentence of news; shorter items are headings or timeline lines

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
SPEAKER = re.compile(r"^\s*([A-Z][A-Z .'’\-]{1,40}?)\s*:")  # "ANCHOR:", "MS BRUCE:"


def roundup_items(text: str) -> list[str]:
    """The items of `text` when it is a roundup (MIN_ITEMS or more items of MIN_ITEM_WORDS
    words), each running from a line that opens it to the next; lines before the first opening
    belong to no item. An ordinary article or a transcript gives an empty list."""
    items: list[list[str]] = []
    speakers: list[str] = []
    for line in text.splitlines():
        if ITEM_OPENING.match(line):
            items.append([line])
            if speaker := SPEAKER.match(line):
                speakers.append(speaker[1])
        elif items and line.strip():
            items[-1].append(line)
    if len(set(speakers)) < len(speakers):
        return []
    stories = ["\n".join(item) for item in items]
    stories = [story for story in stories if len(story.split()) >= MIN_ITEM_WORDS]
    return stories if len(stories) >= MIN_ITEMS else []
