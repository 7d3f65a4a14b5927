"""A capital written with its city's own administrative word (台北市, 北京市, 東京都) names the
city and its municipal government, never the country's: "台北市、新北市宣布…補助" is the two
cities' announcement, and every set labels such a form the city, acting or not. Bare 台北 and
北京 stay free to stand for their governments (cjk_name_context.capital_acts,
cjk_capital_sense.py)."""

from __future__ import annotations

from .cjk_script import fold

# A city's word (市) and Tokyo's metropolis (都), as the capitals' forms end in them.
CITY_WORDS = ("市", "都")
_FOLDED_CITY_WORDS = tuple(fold(word) for word in CITY_WORDS)


def names_the_city(folded_form: str) -> bool:
    """Whether a capital's folded form ends in its city's administrative word."""
    return len(folded_form) > 1 and folded_form.endswith(_FOLDED_CITY_WORDS)
