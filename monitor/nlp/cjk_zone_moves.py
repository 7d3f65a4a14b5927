"""Ships told leaving the territorial waters and, as of a later day's hour, sailing on in the
contiguous zone around them ("４隻は約３時間後に領海を出たが、２８日午前１０時現在、接続水域を
航行している"): by rule 9 the stay in the waters is the day's they entered on, and the ships
still in the zone on the later day are that day's contiguous-zone fact, of the count the clause
points back to (cjk_stay_words.POINTED_BACK_SHIPS). The Japan Coast Guard's notices tell a
Senkaku intrusion so: out of the waters, into the zone, "as of" the hour of the notice.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from .cjk_days import written_days
from .cjk_incursion_words import read_number
from .cjk_script import fold_pattern
from .cjk_stay_words import AS_OF, LEFT_WATERS, POINTED_BACK_SHIPS
from .incursions import Incursion

WATERS = "territorial waters"
ZONE = "contiguous zone"


@cache
def _in_zone() -> re.Pattern[str]:
    """The zone the ships are in after the hour ("、接続水域を航行している")."""
    return re.compile(
        fold_pattern(
            r"[、，,]?\s*(?:引き続き|なお)?接続水域内?(?:を|で|に)(?:航行|とどま|留ま|居座)"
        )
    )


def moved_to_zone(
    sentence: str, evidence: str, published: date, told: date | None, before: list[Incursion]
) -> list[Incursion]:
    """The contiguous-zone facts of the ships a (folded) sentence tells leaving the waters
    `before` counted them in and still in the zone on a later day, as of an hour; else none."""
    for pointed in POINTED_BACK_SHIPS.finditer(sentence):
        left = LEFT_WATERS.search(sentence, pointed.end())
        count = read_number(pointed.group("count"))
        if left is None or not count:
            continue
        for start, end, day in written_days(sentence, published, told):
            as_of = AS_OF.match(sentence, end)
            if start >= left.end() and as_of and _in_zone().match(sentence, as_of.end()):
                return [
                    replace(fact, zone=ZONE, day=day, evidence=evidence)
                    for fact in before
                    if fact.count == count and fact.zone == WATERS and fact.day < day
                ]
    return []
