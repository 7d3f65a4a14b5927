"""Lines that sum up a story's figures beside its body and write no day of their own: a
financial wire's flash lines over the story ("*TAIWAN: 26 PLA AIRCRAFT, 9 SHIPS
DETECTED AROUND ISLAND") and the bullets under a "Key points" heading. Like a headline, they take
the body's day (rule 4). A daily report's own bulleted list ("• PLA aircraft: 23") is the report
itself and sums up nothing, so a bullet alone does not make a summary."""

import re

from .incursion_labels import bullet
from .incursion_tokens import Token

_POINTS_HEADING = re.compile(r"(?:key points|key takeaways|highlights|at a glance)\s*:?\s*", re.I)


def sums_up(sentence: str, words: list[Token], under_points: bool) -> tuple[bool, bool]:
    """Whether the lines after this one are under a "Key points" heading, and whether this one
    sums up the body: a flash line, or a bullet under such a heading."""
    marked = bullet(words) == 1  # "2. The two vessels ..." is a numbered paragraph of the body
    points = marked and under_points
    heading = _POINTS_HEADING.fullmatch(sentence.strip().rsplit("\n", 1)[-1]) is not None
    # A flash's star is glued to its first word ("*TAIWAN: 26 PLA AIRCRAFT"), a list's is not
    # ("* PLA aircraft: 23"); the flash's capitals are cased by then (incursion_casing).
    flash = marked and re.match(r"\s*\*\S", sentence) is not None
    return heading or points, flash or points
