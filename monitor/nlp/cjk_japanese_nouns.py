"""Chinese short names that are everyday nouns in Japanese: in Japanese copy the noun is meant.

- 台船 is CSBC, Taiwan's shipbuilder, in Chinese copy; in Japanese it is a barge (だいせん), the
  flat vessel builders carry materials to island sites on ("資材を積んだ台船が石垣港を出られ
  ず"). Japanese copy names the yard 台湾国際造船 or CSBC.
"""

from __future__ import annotations

from functools import cache

from .cjk_script import fold

JAPANESE_NOUNS = ("台船",)


@cache
def _nouns() -> frozenset[str]:
    return frozenset(map(fold, JAPANESE_NOUNS))


def japanese_noun(folded: str, start: int, end: int, home: str | None) -> bool:
    """Whether the name at [start, end) of folded Japanese copy is an everyday noun there."""
    return home == "japan" and folded[start:end] in _nouns()
