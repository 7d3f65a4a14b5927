"""Whose a body credited at the end of a wire flash is: a financial newswire's flash headline
opens on the country or capital it is about and closes on its source, "*JAPAN TO PROVIDE 5
PATROL BOATS TO PHILIPPINE COAST GUARD - FOREIGN MINISTRY", "*TAIPEI TO STEP UP PURCHASES OF
JAPANESE SCALLOPS, SAYS AGRICULTURE MINISTRY". The source is that country's own body, as a
dateline makes a story's: the flash line is the story.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity_countries import country_of
from .resolve import resolve_name

if TYPE_CHECKING:
    from .kb import KnowledgeBase

# "*JAPAN ...", "0305 GMT *TAIWAN'S LAI ...": the star, after a desk's clock, then the first
# name in capitals; a second name joined by a comma ("*TAIWAN, JAPAN SIGN") makes two actors.
_FLASH = re.compile(
    r"[ \t]*(?:\d{3,4}[ \t]+GMT[ \t]+)?\*[ \t]*(?P<first>[A-Z][A-Z.]+)(?:['’]S\b)?"
    r"(?:[ \t](?P<second>[A-Z][A-Z.]+))?(?P<comma>,)?"
)
FLASH_WITHIN = 300  # characters: a flash headline is one short line
# The credit before the body: "... - FOREIGN MINISTRY", "..., SAYS AGRICULTURE MINISTRY".
_CREDIT = re.compile(r"(?:[ \t](?:-|--|—|–)|,[ \t]+SAYS)[ \t]+\Z")


def flash_credit_country(text: str, start: int, end: int, kb: KnowledgeBase) -> str | None:
    """The country the flash line opens on, for the body at text[start:end] that closes the
    line as its credit; None anywhere else."""
    rest = text[end : end + FLASH_WITHIN].lstrip(" \t.")
    if rest and not rest.startswith("\n"):
        return None  # the credit closes its line
    line_start = text.rfind("\n", max(start - FLASH_WITHIN, 0), start) + 1
    if line_start == 0 and start > FLASH_WITHIN:
        return None  # no flash runs so long; a text without line breaks is read no further
    if not _CREDIT.search(text, line_start, start):
        return None
    line = text[line_start:end]
    flash = _FLASH.match(line)
    if flash is None or flash.group("comma") or not line.isupper():
        return None
    pair = f"{flash.group('first')} {flash.group('second')}" if flash.group("second") else None
    for name in (pair, flash.group("first")):
        if name and (country := country_of(resolve_name(name, kb), kb)):
            return country
    return None
