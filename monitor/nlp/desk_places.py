"""A capital as a newsroom writes it in its daybooks, diaries and planning notes: the clock of a
desk ("0912 Taipei --", "1500 (Beijing)", "times Taipei/Tokyo"), the desks and bureaus it
addresses ("TO: Tokyo, Taipei and Seoul desks", "MEMO TO TAIPEI, TOKYO AND BEIJING BUREAUS")
and the section a line heads ("-- BEIJING: the spokesman's briefing", "3) TAIPEI.", "TOKYO
DAYBOOK"). Each is the city the desk sits in, never its government.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# A desk's 24-hour clock ("0745", "1610"), up to 19:59: a year ("2024 Beijing") is no clock.
DESK_CLOCK = re.compile(r"^[01]\d[0-5]\d$")
CLOCK_WORDS = words("time times")
# The people and rooms of a newsroom, which a run of capitals may close on.
DESKS = words("""
    desk desks bureau bureaus newsroom newsrooms correspondent correspondents reporter reporters
""")
LISTED = frozenset({",", "and", "&", "/"})
DESK_LIST_WITHIN = 8  # tokens from a capital to the desk noun closing its list
SLASHED_WITHIN = 3  # capitals a slash may join: "times Taipei/Tokyo/Seoul"
# What a section's heading word is followed by: "BEIJING:", "3) TAIPEI.", "TOKYO -- ...", or
# a comma and the desk's clock: "2) TOKYO, 1030 JST".
HEADING_MARKS = frozenset({":", ".", "--", "—", "–"})
# A diary's own name after its city: "TAIPEI DIARY", "TOKYO DAYBOOK", "MANILA/TOKYO planning".
DIARY_WORDS = words("diary daybook planning agenda desk log schedule")
# What may stand before a section's city on its line: list dashes, numbers and a channel's flag
# ("-- ", "3) ", "🇯🇵 TOKYO —"), any token with no letter in it.
MARKERS_WITHIN = 3


def desk_city(doc: Doc, span: Span) -> bool:
    """Is the capital a newsroom's clock, desk or section heading, that is, the city?"""
    return _desk_clock(doc, span) or _desk_list(doc, span) or _section_heading(doc, span)


def _desk_clock(doc: Doc, span: Span) -> bool:
    """'0912 Taipei --', '0600 Taipei Friday', '1500 (Beijing)', and a capital slashed to a
    clock's ('times Taipei/Tokyo')."""
    start = span.start
    for _ in range(SLASHED_WITHIN):
        if start < 2 or doc[start - 1].text != "/" or not doc[start - 2].text[:1].isupper():
            break
        start -= 2
    if start > 0 and doc[start - 1].text == "(":
        start -= 1  # "1500 (Beijing)": the clock's city in brackets
    if start == 0:
        return False
    before = doc[start - 1]
    if before.lower_ in CLOCK_WORDS:
        return start < span.start  # the first capital after "times" is capital_actors' own
    return DESK_CLOCK.match(before.text) is not None


def _desk_list(doc: Doc, span: Span) -> bool:
    """'Tokyo, Taipei and Seoul desks', 'TAIPEI, TOKYO AND BEIJING BUREAUS': each capital of a
    list that closes on a newsroom's desks is a desk's city."""
    for token in doc[span.end : span.end + DESK_LIST_WITHIN]:
        if token.lower_ in DESKS:
            return True
        if not (token.lower_ in LISTED or (token.is_alpha and token.text[:1].isupper())):
            return False
    return False


def _section_heading(doc: Doc, span: Span) -> bool:
    """A capital in capitals opening its line, past a list dash or number, and closed by a
    colon, a full stop or a dash, or named with the diary under it ('TAIPEI DIARY',
    'MANILA/TOKYO planning'): the section's or the diary's city."""
    if not span.text.isupper():
        return False
    start = span.start
    if start > 1 and doc[start - 1].text == "/" and doc[start - 2].text.isupper():
        start -= 2  # "MANILA/TOKYO planning": the line opens on the first of the pair
    for _ in range(MARKERS_WITHIN + 1):
        if start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_:
            break
        previous = doc[start - 1].text
        if any(c.isalpha() for c in previous):
            return False
        start -= 1
    else:
        return False
    after = doc[span.end : span.end + 3]
    if len(after) > 1 and after[0].text == "/" and after[1].text.isupper():
        after = after[2:]  # "MANILA/TOKYO planning": the pair's word after it
    if not after:
        return False
    if after[0].text == "," and len(after) > 1:
        return DESK_CLOCK.match(after[1].text) is not None  # "2) TOKYO, 1030 JST --"
    if after[0].text in HEADING_MARKS or after[0].lower_ in DIARY_WORDS:
        return True
    # "- TOKYO - Japan and Taiwan hold talks": a wire diary's entry sets its city off with a
    # spaced hyphen, as "TOKYO -- ..." does with a double one; "TOKYO-BASED" is not spaced.
    return after[0].text == "-" and bool(doc[span.end - 1].whitespace_)
