"""Chinese reports' figures that are another day's, another country's or other craft's: a
recalled day written with its number bracketed, Japan's ADIZ, the airspace beside another
place, and a zone that fishing boats entered (the zh-blind16 passages' classes of miss)."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

PUBLISHED = datetime(2025, 7, 1, 1, 0, tzinfo=UTC)  # 1 July, 9 a.m. in Taipei
TODAY = "國防部今（1）日公布，自昨（30）日上午6時至今日上午6時，偵獲共機26架次、共艦7艘。"


def facts_of(text: str) -> set[Fact]:
    return cjk_facts_at(text, PUBLISHED)


@given(aircraft=st.integers(min_value=10, max_value=99), ships=st.integers(1, 9))
def test_a_figure_once_reported_on_a_day_written_in_brackets_is_that_days(
    aircraft: int, ships: int
) -> None:
    text = TODAY + f"國防部指出，共軍前（29）日曾出動共機{aircraft}架次、共艦{ships}艘。"
    facts = facts_of(text)
    assert (aircraft, "aircraft", "around Taiwan", "Taiwan", "2025-06-29") in facts
    assert (ships, "navy vessels", "around Taiwan", "Taiwan", "2025-06-29") in facts


def test_craft_in_japans_adiz_or_beside_another_island_are_no_fact_of_taiwans() -> None:
    text = (
        TODAY.replace("共艦7艘。", "共艦7艘，其中共機6架次進入我西南及東南空域。")
        + "國防部指出，其中運-9情報蒐集機1架次由臺灣東南方飛往與那國島以南空域；"
        "日本防衛省同日也公布，共機2架次進入日本防空識別區，航空自衛隊戰機緊急升空應對。"
    )
    assert facts_of(text) == {
        (26, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
        (6, "aircraft", "ADIZ", "Taiwan", "2025-07-01"),
    }


def test_a_zone_that_describes_fishing_boats_is_not_where_the_ships_were() -> None:
    text = (
        "中国海警局新闻发言人表示，7月1日，另有4艘海警舰船在钓鱼岛毗连区开展常态化巡查，"
        "其间对非法进入我领海的日本渔船依法采取必要管控措施。"
    )
    assert facts_of(text) == {
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01")
    }
