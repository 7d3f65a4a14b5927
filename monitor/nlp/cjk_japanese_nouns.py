"""Chinese short names that are everyday nouns or places of their own in Japanese: in Japanese
copy the noun or the place is meant.

- 台船 is CSBC, Taiwan's shipbuilder, in Chinese copy; in Japanese it is a barge (だいせん), the
  flat vessel builders carry materials to island sites on ("資材を積んだ台船が石垣港を出られ
  ず"). Japanese copy names the yard 台湾国際造船 or CSBC.
- 東海 is the East China Sea in Chinese copy (东海); in Japanese it is the Tokai region (東海地方,
  "近畿と東海"), the village of 東海村 and what is named after them (東海第２原発, 東海大学).
  Japanese copy names the sea 東シナ海.
"""

from __future__ import annotations

from functools import cache

from .cjk_script import fold

JAPANESE_NOUNS = ("台船", "東海")


@cache
def _nouns() -> frozenset[str]:
    return frozenset(map(fold, JAPANESE_NOUNS))


def japanese_noun(folded: str, start: int, end: int, home: str | None) -> bool:
    """Whether the name at [start, end) of folded Japanese copy is an everyday noun there."""
    return home == "japan" and folded[start:end] in _nouns()
