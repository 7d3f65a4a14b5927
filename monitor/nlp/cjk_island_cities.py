"""A Japanese city named after its island (宮古島市, 五島市) is a municipality of several islands,
not the island the knowledge base has: every set labels 宮古島市 as the city. Japanese copy also
writes the city's word once after a list of such cities, with 両 for two or their count
("石垣、宮古島両市", "宮古島、石垣両市", "宮古島など３市"), and each item is then the city, as the
prefectures of "福島、茨城の２県" are each a prefecture (cjk_listed_prefectures). An island the
knowledge base holds with its city ("石垣市" is an alias of Ishigaki) is the city already and
is never cut.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import fold_pattern
from .kb import KBEntry

_COUNT = r"[0-9０-９一二三四五六七八九十]"
# The city's word straight after the island, or after more list items, then 両 or a count; not
# 市町村, the municipalities of an island group ("先島諸島５市町村" is the group's five), nor
# 市場, a market ("アジア市場", "宮古島市場": the place's market, the place named).
_CITY_AFTER_ISLAND = (
    rf"(?:|(?:[、・と][\u4e00-\u9fff]{{1,4}}){{0,8}}(?:など|等)?(?:両|{_COUNT}{{1,2}}))"
    r"市(?![町村場])"
)
CITY_WORD = "市"


@cache
def _city_after_island() -> re.Pattern[str]:
    return re.compile(fold_pattern(_CITY_AFTER_ISLAND))


def opens_island_city(folded: str, end: int, place: KBEntry) -> bool:
    """Whether an island's name ending at `end` of the folded text is its city's, written with
    市 or in a list closed by the cities' shared word, and the base lacks that city."""
    return (
        place.type == "LOC"
        and not any(alias.endswith(CITY_WORD) for alias in place.aliases)
        and _city_after_island().match(folded, end) is not None
    )
