"""What a Chinese count's noun is when the words right after or before it do not say
(cjk_counts.py): the noun a modifying clause after the count ends in, the ship noun written
after its owner, and the owner before a list of hull numbers the count closes.
"""

from __future__ import annotations

import re

from .cjk_incursion_words import patterns
from .cjk_script import fold_pattern

# Chinese puts a count before the clause that modifies its noun, the noun after its last 的
# ("一艘越界捕撈的陸籍漁船": a fishing boat), past the few characters a count's own noun is read
# in; the noun ends in its craft's character (船, 艇, 艦, 機, or 輪 of a merchant ship: 貨輪,
# 貨櫃輪), before any verb that follows. The clause may list places or acts with the
# enumeration comma ("7艘原定經台灣東部海域前往日本、韓國的貨櫃輪", "一艘悬挂多哥国旗、由中国籍
# 船员操作的货轮"), though never open with one: "共艦5艘、…的…" lists another count.
_MODIFIED_HEAD = re.compile(
    fold_pattern(
        r"[^，,；;。：:、\s][^，,；;。：:\s]{0,21}的(?P<head>[^，,；;。：:、\s的]{0,6}?[船艇艦機輪])"
    )
)


def head_after_modifier(sentence: str, end: int) -> str:
    """The noun a modifying clause after a count ends in, or nothing."""
    found = _MODIFIED_HEAD.match(sentence, end)
    return found.group("head") if found else ""


# A count's own ship noun written right after it, its owner first ("9艘中國海洋科研船", "2艘中國
# 漁船"): the owner says whose the ships are, the noun's end what they are, and a research ship
# or a fishing boat is no warship whoever owns it.
_OWN_SHIP_NOUN = re.compile(fold_pattern(r"[\u4e00-\u9fff]{0,8}?[船艇]"))


def ship_noun_after(sentence: str, end: int) -> str:
    """The ship noun written right after a count, or nothing."""
    found = _OWN_SHIP_NOUN.match(sentence, end)
    return found.group() if found else ""


# Ships named by their hull numbers, listed with 、 before their count ("中国海警1305、2502等4艘
# 舰艇"): the list is the count's noun, so its owner before the first number is the ships'.
_HULL_NUMBER_JOINT = re.compile(r"[0-9A-Za-z]、(?=[0-9])")


def past_hull_numbers(sentence: str, clause: int) -> int:
    """The start of a count's clause, past the 、 that join hull numbers before it."""
    while clause >= 2 and _HULL_NUMBER_JOINT.match(sentence, clause - 2):
        clause = max(
            (m.end() for m in patterns()["clause_start"].finditer(sentence, 0, clause - 1)),
            default=0,
        )
    return clause
