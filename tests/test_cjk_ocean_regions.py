"""An ocean after a compass character is a region of its own (北太平洋, 南太平洋), which a reader
does not count as the Pacific; the ocean a place points to (台灣以東太平洋) stays the ocean."""

from datetime import date

import pytest

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _entities(text: str, home: str) -> set[str]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 9, 1), home)
    return {m.entity_id for m in mentions if m.in_kb}


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("今年北太平洋的秋刀魚漁獲量偏低。", "taiwan"),
        ("南太平洋島國領袖在斐濟集會。", "taiwan"),
        ("北太平洋のサンマ漁は不漁が続く。", "japan"),
    ],
)
def test_an_ocean_after_a_compass_character_is_a_region_not_the_ocean(text: str, home: str) -> None:
    assert "pacific-ocean" not in _entities(text, home)


@pytest.mark.parametrize(
    "text", ["共艦在台灣以東太平洋海域航行。", "遼寧艦航經宮古海峽進入太平洋。"]
)
def test_the_ocean_a_place_points_to_stays_the_ocean(text: str) -> None:
    assert "pacific-ocean" in _entities(text, "taiwan")


def test_the_western_pacific_the_base_holds_is_still_found_whole() -> None:
    assert "western-pacific" in _entities("美軍航艦在西太平洋巡弋。", "taiwan")
