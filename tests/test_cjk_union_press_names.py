"""Japanese labour-union press and Chinese weather and regional copy (the fortieth CJK set's
classes of miss, and the thirty-ninth's): 全日本 opens a nationwide body's name, so neither
日本 nor 日本海 inside it is a mention; the unions, the coast guard's, the Cabinet Office's,
the Buddhist federation's, Taipei's and the US states' short and translated names are the
knowledge base's; a capital another capital deals with, or one acting on a day told before
(華府同日表示), is its government."""

from datetime import date

import pytest

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str) -> set[str]:
    return {m.entity_id for m in cjk_mentions(text, default_kb(), date(2025, 6, 14), home)}


@pytest.mark.parametrize(
    "text",
    [
        "全日本海員組合の役員は、航路の安全を国に求めた。",
        "全日本港湾労働組合が声明を出し、荷役の停止を警告した。",
    ],
)
def test_a_place_inside_an_all_japan_bodys_name_is_no_mention(text: str) -> None:
    links = _links(text, "japan")
    assert not {"sea-of-japan", "japan"} & links


def test_the_sea_and_the_country_outside_such_a_name_are_still_read() -> None:
    links = _links("全日本海員組合によると、日本の貨物船が日本海で停船を命じられた。", "japan")
    assert {"all-japan-seamens-union", "japan", "sea-of-japan"} <= links


@pytest.mark.parametrize(
    ("text", "home", "entity"),
    [
        ("海員組合は乗組員への情報提供を求めた。", "japan", "all-japan-seamens-union"),
        ("全港湾の組合員が集会を開いた。", "japan", "all-japan-dockworkers-union"),
        ("十一管本部によると、船は領海を出た。", "japan", "jcg-11th-region"),
        ("全日仏は声明で懸念を示した。", "japan", "japan-buddhist-federation"),
        ("日本內閣府今天公布民調結果。", "taiwan", "japan-cabinet-office"),
        ("北市今天發布豪雨特報。", "taiwan", "taipei"),
        ("颶風登陸佛羅里達後，德州也發布警報。", "taiwan", "florida"),
        ("颶風登陸佛羅里達後，德州也發布警報。", "taiwan", "texas"),
        ("美艦勞夫．強森號今天通過台灣海峽。", "taiwan", "uss-ralph-johnson"),
    ],
)
def test_short_and_translated_names_link_to_their_entity(text: str, home: str, entity: str) -> None:
    assert entity in _links(text, home)


def test_the_japanese_cabinet_office_is_not_read_as_the_cabinet() -> None:
    assert "japan-cabinet" not in _links("日本內閣府今天公布民調結果。", "taiwan")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("連合沖縄は那覇市で集会を開き、漁業者の安全を訴えた。", "rengo-okinawa"),
        ("沖縄県神社庁は復旧の支援を決めた。", "okinawa-prefecture-shrine-agency"),
    ],
)
def test_a_prefecture_inside_a_federations_or_shrine_bodys_name_is_no_mention(
    text: str, body: str
) -> None:
    links = _links(text, "japan")
    assert body in links
    assert "okinawa" not in links


def test_the_prefecture_outside_such_a_name_is_still_read() -> None:
    assert "okinawa" in _links("連合沖縄の役員は、沖縄の海を守りたいと話した。", "japan")


def test_a_capital_another_capital_deals_with_as_partner_is_its_government() -> None:
    assert _links("台北は東京と防災分野の人材交流を進めている。", "japan") >= {"taiwan", "japan"}


@pytest.mark.parametrize(
    "text", ["東京と大阪で交流を進める市民団体がある。", "東京と大阪の交流を進める。"]
)
def test_two_cities_an_exchange_joins_stay_cities(text: str) -> None:
    links = _links(text, "japan")
    assert "tokyo" in links
    assert "japan" not in links


def test_a_capital_acting_on_the_day_told_before_is_its_government() -> None:
    text = "日方將提供衛星影像資料。\n華府同日表示，將捐款協助災民安置。"
    links = _links(text, "taiwan")
    assert "united-states" in links
    assert "washington" not in links
