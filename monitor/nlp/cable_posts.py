"""The post a diplomatic cable is filed from, named at its head: the routing line, with its
classification, post and serial number ("UNCLAS AIT TAIPEI 000731", "C O N F I D E N T I A L
TOKYO 002655"), or the sender's line of a telegram's address block ("FM AIT TAIPEI"). The post
is the cable's dateline: the bare bodies a cable from AIT Taipei names ("MOFA", "the MND", "the
Presidential Office") are Taiwan's, as in a story datelined Taipei.
"""

from __future__ import annotations

import re

from .entity_countries import country_of
from .kb import KnowledgeBase
from .resolve import resolve_name

HEAD_CHARS = 600  # the title, the classification and the routing line or address block
# A routing line: a marking, spaced out or not ("C O N F I D E N T I A L", "UNCLAS E F T O"),
# the post (its city written in capitals) and a serial of five to seven figures that ends the
# line; or the sender's line of an address block.
_ROUTING = re.compile(
    r"^[ \t]*(?:(?P<routed>(?:[^\W\d]+[ \t]+){1,16})\d{5,7}"
    r"|(?:FM|Fm|FROM)[ \t]+(?P<sent>[^\n]{2,60}?))[ \t]*$",
    re.M,
)
_NAME = re.compile(r"\b[A-Z][A-Za-z]+\b")


def cable_post_country(text: str, kb: KnowledgeBase) -> str | None:
    """The country of the city the cable's post is in ("AIT TAIPEI" is in Taiwan), or None
    when the text opens with no routing line or address block."""
    for match in _ROUTING.finditer(text, 0, HEAD_CHARS):
        post = match.group("routed") or match.group("sent")
        for word in reversed(_NAME.findall(post)):  # the city follows the office: "AIT"
            entry = kb.entities.get(resolve_name(word, kb) or "")
            if entry is not None and entry.type in ("GPE", "LOC"):
                return country_of(entry.id, kb)
    return None
