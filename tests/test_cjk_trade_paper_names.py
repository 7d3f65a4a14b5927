"""Names Japanese shipping, port and fisheries papers write (the ja-blind30 linking misses): a
warship's katakana name in 「」 after its ship word, the joint combat-readiness patrol in each
wording, the US trade office, 識別圏 beside 防空識別圏, and an island listed by its short name."""

from datetime import date

import pytest

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def links(text: str) -> set[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), "japan")
    return {(m.text, m.entity_id) for m in mentions}


def linked(text: str, surface: str) -> set[str]:
    return {entity for found, entity in links(text) if found == surface}


@pytest.mark.parametrize(
    ("text", "name", "ship"),
    [
        ("カナダ海軍のフリゲート「オタワ」が台湾海峡を南下した。", "オタワ", "hmcs-ottawa"),
        ("豪海軍の駆逐艦「シドニー」が横須賀に寄港した。", "シドニー", "hmas-sydney"),
        ("米海軍のミサイル駆逐艦「ラルフ・ジョンソン」が台湾海峡を通過した。", "ラルフ・ジョンソン",
         "uss-ralph-johnson"),
        ("空母「ロナルド・レーガン」が横須賀を出港した。", "ロナルド・レーガン", "uss-ronald-reagan"),
    ],
)  # fmt: skip
def test_a_ships_katakana_name_quoted_after_its_ship_word_is_the_ship(
    text: str, name: str, ship: str
) -> None:
    assert linked(text, name) == {ship}


def test_a_place_that_names_a_ship_stays_the_place_without_a_ship_word() -> None:
    assert linked("首相はオタワを訪れ、カナダの首相と会談した。", "オタワ") == {"ottawa"}
    assert linked("シドニーの港湾当局が発表した。", "シドニー") == {"sydney"}


@pytest.mark.parametrize(
    "patrol",
    [
        "共同戦備警戒パトロール",
        "連合戦備警戒パトロール",
        "合同戦備警戒パトロール",
        "聯合戦備警戒パトロール",
        "聯合戦備警戒巡邏",
        "連合戦備警戒巡邏",
    ],
)
def test_each_wording_of_the_joint_combat_readiness_patrol_is_the_term(patrol: str) -> None:
    text = f"国防部は中国軍による「{patrol}」の一環とみている。"
    assert linked(text, patrol) == {"joint-combat-readiness-patrol"}


@pytest.mark.parametrize("office", ["米通商代表部", "米国通商代表部", "通商代表部"])
def test_the_us_trade_office_in_japanese_is_ustr_not_the_country(office: str) -> None:
    found = links(f"{office}は１４日、中国建造船への入港料の徴収を始めた。")
    assert (office, "ustr") in found
    assert not any(entity == "united-states" for _, entity in found)


def test_the_zone_without_its_air_defence_word_beside_its_full_name_is_the_adiz() -> None:
    text = (
        "中国軍機１８機、台湾南西の識別圏に\n\n中国軍機１８機が台湾の南西部の防空識別圏に入った。"
    )
    assert linked(text, "識別圏") == {"adiz"}


def test_the_zone_without_its_full_name_in_the_article_stays_unlinked() -> None:
    assert not linked("衛星の識別圏について研究した。", "識別圏") & {"adiz"}


@pytest.mark.parametrize(
    "text",
    [
        "尖閣の漁場はいま　石垣・与那国・宮古の漁業者に聞く",
        "石垣、宮古の両島で説明会を開いた。",
        "与那国と宮古の漁協が補助を求めた。",
    ],
)
def test_miyako_listed_beside_islands_by_its_short_name_is_the_island(text: str) -> None:
    assert linked(text, "宮古") == {"miyako-island"}


def test_miyako_listed_beside_an_island_group_is_its_group_not_the_island() -> None:
    assert "miyako-island" not in linked("宮古・八重山地域の住民の避難計画", "宮古")


def test_a_listed_name_that_runs_on_into_a_city_is_no_short_name() -> None:
    found = links("避難の対象は石垣市、宮古島市、竹富町、与那国町の４市町。")
    assert not any(entity == "miyako-island" for _, entity in found)
