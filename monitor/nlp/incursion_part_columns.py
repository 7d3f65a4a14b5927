"""A column of slash-split rows that counts part of the column before it, as a newsletter's
typed table heads it: "(24 hrs to 6 a.m. on the date shown; aircraft / of which into ADIZ /
PLAN ships):" over "Fri 6/2 ...... 7 / 2 / 5". The middle count is the aircraft of the first
that entered the ADIZ: a zone's fact of the craft before it (rule 2), not a craft of its own.
The row is written as "Fri 6/2: 7 aircraft (2 aircraft entered ADIZ), 5 PLAN ships", the way
a bracketed part is read beside its whole (incursion_slash_columns.py).
"""

import re

from .incursion_words import CRAFT_NOUNS

# "of which into ADIZ", "of them crossed median line": what part of the craft before did. A
# notice board's typed table heads the part with its zone alone ("AIRCRAFT / INTO ADIZ /
# SHIPS"), defined as the aircraft that entered it.
_PART = re.compile(
    r"of\s+(?:which|them|these)\s+(?P<acts>[A-Za-z][A-Za-z -]{0,40}[A-Za-z])"
    r"|(?P<zone>(?:into|in|entered|crossed)\s+(?:the\s+)?(?:ADIZ|median\s+line))",
    re.I,
)
# A heading's run of columns where one may be such a part: names split by slashes.
_NAMES = re.compile(
    r"(?<![\w/])[A-Za-z]+(?:[ \t]*/[ \t]*(?:[A-Za-z-]+[ \t]+){0,5}[A-Za-z-]+)+(?![\w/])"
)
_SLASH = re.compile(r"\s*/\s*")
# A part written where the zone is, with no verb ("into ADIZ"): the craft entered it.
_PLACE_WORDS = ("into", "in", "inside", "within")


def part_columns(sentence: str) -> tuple[list[str], str] | None:
    """The columns a heading names when one counts part of the column before it ("aircraft /
    of which into ADIZ / PLAN ships"), with the heading without that part's words: left in,
    its zone would be lent to every row under it (incursion_list_zones.py)."""
    for found in _NAMES.finditer(sentence):
        names = _SLASH.split(found[0])
        parts = [_PART.fullmatch(name) is not None for name in names]
        crafts = [name.split()[-1].lower() in CRAFT_NOUNS for name in names]
        if not parts[0] and any(parts) and all(p or c for p, c in zip(parts, crafts, strict=True)):
            kept = " / ".join(name for name, part in zip(names, parts, strict=True) if not part)
            return names, sentence[: found.start()] + kept + sentence[found.end() :]
    return None


def part_cell(column: str, count: str, whole: str) -> str | None:
    """What a part column's count adds to the cell of its whole ("7 aircraft"): " (2 aircraft
    entered ADIZ)"; None for a column of craft."""
    part = _PART.fullmatch(column)
    if part is None:
        return None
    acts = (part["acts"] or part["zone"]).split(maxsplit=1)
    if acts[0].lower() in _PLACE_WORDS and len(acts) > 1:
        acts = ["entered", acts[1]]
    craft = whole.split(maxsplit=1)[1]
    return f" ({count} {craft} {' '.join(acts)})"
