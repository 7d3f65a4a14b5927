"""A Kinmen township written without its 鎮 is the township where the story names Kinmen, as a
Kinmen reader takes it; without Kinmen, or in Japanese copy, 金城 stays a family name."""

from datetime import date

import pytest

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _ids(text: str, home: str) -> set[str]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), home)
    return {m.entity_id for m in mentions if m.in_kb}


@pytest.mark.parametrize(
    "text",
    [
        "金門今天舉辦路跑，選手清晨從金城出發。",
        "縣府將在金城、金湖兩鎮興建社會住宅，金門縣長說明進度。",
    ],
)
def test_a_clipped_township_in_a_story_naming_its_county_is_the_township(text: str) -> None:
    assert "jincheng" in _ids(text, "taiwan")


def test_a_clipped_township_without_its_county_is_no_township() -> None:
    assert "jincheng" not in _ids("金城武主演的新片今天上映。", "taiwan")


def test_an_okinawan_family_name_in_japanese_copy_is_no_township() -> None:
    assert "jincheng" not in _ids("金門を訪れた金城さんは島の歴史を語った。", "japan")
