"""Incursion facts of the blind41 passages' classes of miss: aircraft told only by their types
beside a count of drones are the sum of the types; ships that entered on one day and are still
inside on a later one are counted on the later; a coast guard's ships named by hull numbers
before their count are its ships whatever the count's noun; waters the ships were told not to
enter are not entered; and a fishing boat after a modifying clause is no official ship."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import Fact, cjk_facts_at

TOKYO_NOON = datetime(
    2025, 9, 12, 3, 0, tzinfo=UTC
)  # 12 September, noon in Tokyo and 11 a.m. in Taipei


def _facts(text: str) -> set[Fact]:
    return cjk_facts_at(text, TOKYO_NOON)


def test_aircraft_told_by_their_types_beside_drones_are_summed() -> None:
    text = "台湾国防部は１２日、中国軍のＪ１６戦闘機４機とＹ８哨戒機１機、無人機３機が台湾の北部の防空識別圏に入ったと発表した。"
    assert _facts(text) == {
        (5, "aircraft", "ADIZ", "Taiwan", "2025-09-12"),
        (3, "drones", "ADIZ", "Taiwan", "2025-09-12"),
    }


@pytest.mark.parametrize("hour", ["正午", "午前９時", "午前１１時"])
def test_ships_still_inside_on_a_later_day_are_that_days(hour: str) -> None:
    text = (
        "海上保安本部によると、中国海警局の船３隻が１０日朝から尖閣諸島周辺の領海に侵入し、"
        f"１２日{hour}現在も領海内にとどまっている。"
    )
    assert _facts(text) == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-09-12")
    }


def test_ships_that_entered_and_left_are_still_the_days_they_entered() -> None:
    text = "海上保安本部によると、中国海警局の船３隻が１０日朝から尖閣諸島周辺の領海に侵入し、１１日夕に出た。"
    assert _facts(text) == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-09-10")
    }


@pytest.mark.parametrize("hulls", ["2301、2502", "2301、2502、1305", "14609、2302"])
def test_coast_guard_ships_named_by_hull_numbers_are_official_ships(hulls: str) -> None:
    text = f"中国海警局新闻发言人12日表示，当日，中国海警{hulls}等3艘舰艇编队在钓鱼岛领海内巡航。"
    assert _facts(text) == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-09-12")
    }


@pytest.mark.parametrize(
    "demand", ["要求對方勿進入領海", "警告其不得駛入領海", "要求陸船不要進入領海"]
)
def test_waters_the_ships_were_told_not_to_enter_are_not_entered(demand: str) -> None:
    text = f"日本海上保安廳今（12）日表示，中國海警船3艘今天上午在釣魚台周邊鄰接區航行，其中1艘疑似搭載機砲，巡邏船{demand}。"
    assert _facts(text) == {
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-09-12")
    }


@pytest.mark.parametrize(
    "boat", ["越界捕撈的陸籍漁船", "非法越界作業的大陸漁船", "在限制水域內抽砂的陸籍抽砂船"]
)
def test_a_fishing_boat_after_a_modifying_clause_is_no_official_ship(boat: str) -> None:
    text = f"【金門日報訊】海巡署金門分署昨（11）日在料羅灣限制水域內，查獲一艘{boat}，船員全數帶回偵辦。"
    assert _facts(text) == set()


def test_a_coast_guard_ship_after_a_modifying_clause_is_counted() -> None:
    text = "海巡署表示，今（12）日上午有一艘搭載機砲的中國海警船闖入金門限制水域。"
    assert _facts(text) == {(1, "official ships", "restricted waters", "Kinmen", "2025-09-12")}
