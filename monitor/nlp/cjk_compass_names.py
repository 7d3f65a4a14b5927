"""Names made of 台 and a compass point (台東, 台北, 台南) where the characters are Taiwan's
one-character name and a direction instead, as Chinese and Japanese military copy writes the
sides of the island: "繞台東部" (around Taiwan's east), "對臺東側", "台東北部海域" (the sea
north-east of Taiwan), "台北方海域". The direction word after the name says so: 部, 側 or 方
(not 方面, "the Taipei side", a capital acting), and a second compass point before it for the
two names that take one (台東|北部, 台西|南部). 部分 and 部落 are other words ("台南部分地區",
"台東部落": parts of Tainan, Taitung's villages).

台東区 is Tokyo's Taitō ward, written with the same characters as Taitung.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import fold_pattern

_COMPASS_NAME = r"[台臺][東西南北]"
_DIRECTION = r"(?:部(?![分落])|側|方(?!面))"
# 東 and 西 take 北 or 南 after them (東北, 西南); 北 and 南 take none.
_SECOND_POINT = r"(?<=[東西])[南北]"
_TAITO_WARD = r"(?<=[台臺]東)[区區]"


@cache
def _direction_after() -> re.Pattern[str]:
    return re.compile(fold_pattern(rf"(?:{_SECOND_POINT})?{_DIRECTION}|{_TAITO_WARD}"))


@cache
def _compass_name() -> re.Pattern[str]:
    return re.compile(fold_pattern(_COMPASS_NAME))


def taiwan_and_direction(folded: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) of folded text is 台 and a compass point opening a
    direction word ("台東|部"), or Tokyo's 台東区: see the module docstring."""
    return (
        _compass_name().fullmatch(folded, start, end) is not None
        and _direction_after().match(folded, end) is not None
    )
