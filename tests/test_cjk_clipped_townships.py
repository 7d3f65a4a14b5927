"""A Kinmen township written without its 鎮 is the township where the story names Kinmen, as a
Kinmen reader takes it; without Kinmen, or in Japanese copy, 金城 stays a family name."""

from datetime import date
from pathlib import Path

import pytest

from monitor.errors import ConfigError
from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import KB_PATH, default_kb, load_kb


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


# --- mendQ: a township's county is a field of the knowledge base ---
def _township_kb(tmp_path: Path, county: str) -> Path:
    mine = tmp_path / "entities.yaml"
    mine.write_text(
        "version: 1\nentities:\n"
        "  - {id: ruisui-township, name: Ruisui Township, type: GPE, country: taiwan, "
        f"county: {county}, aliases: [瑞穗鄉]}}\n",
        encoding="utf-8",
    )
    return mine


def test_a_township_the_user_gives_a_county_is_read_clipped_where_the_county_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path / "data"))
    kb = load_kb(KB_PATH, _township_kb(tmp_path, "hualien"))
    found = cjk_mentions("花蓮縣府表示，瑞穗的溫泉季本週開跑。", kb, date(2025, 6, 1), "taiwan")
    assert "ruisui-township" in {m.entity_id for m in found}
    alone = cjk_mentions("瑞穗的溫泉季本週開跑。", kb, date(2025, 6, 1), "taiwan")
    assert "ruisui-township" not in {m.entity_id for m in alone}


@pytest.mark.parametrize(
    ("county", "error"),
    [("nowhere", "county: no entity 'nowhere'"), ("taiwan", "'taiwan' is not a county")],
)
def test_a_county_that_is_no_place_below_the_state_stops_the_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, county: str, error: str
) -> None:
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path / "data"))
    with pytest.raises(ConfigError, match=error):
        load_kb(KB_PATH, _township_kb(tmp_path, county))
