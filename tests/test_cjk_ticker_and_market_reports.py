"""Incursion facts as Taiwan's news tickers and the financial press tell them: a ticker's space
before the day its count acted on, "同期" for the report's own window, a figure recalled from
"此前一天", and ships counted in the waters around a place after a sentence that named a zone
uncounted (the zh-blind19 passages' classes of miss)."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

PUBLISHED = datetime(2025, 9, 3, 6, 0, tzinfo=UTC)  # 3 September, 2 p.m. in Taipei
REPORT = "國防部今（3）日公布，昨日上午6時至今晨6時，偵獲共艦21艘、公務船5艘在台海周邊活動，"


def facts_of(text: str, published: datetime = PUBLISHED) -> set[Fact]:
    return cjk_facts_at(text, published)


@given(
    ships=st.integers(min_value=2, max_value=9),
    day=st.sampled_from(
        [("今（３）日", "2025-09-03"), ("今日", "2025-09-03"), ("昨（２）日", "2025-09-02")]
    ),
    hull=st.sampled_from(["", "１４６０９等", "14609號等"]),
)
def test_a_tickers_space_before_the_day_leaves_the_count_its_act(
    ships: int, day: tuple[str, str], hull: str
) -> None:
    written, iso = day
    text = (
        f"【快訊】陸海警船闖金門限制水域\n\n▲海巡署：中國海警船{hull}{ships}艘 {written}下午"
        "１時許由金門東南方侵入限制水域 ▲海巡派艦一對一伴航 廣播驅離"
    )
    assert (ships, "official ships", "restricted waters", "Kinmen", iso) in facts_of(text)


def test_the_same_window_after_a_record_is_still_the_days_report() -> None:
    text = REPORT + "艘數創今年以來新高，同期另有共機17架次，其中9架次逾越中線進入北部及中部空域。"
    assert facts_of(text) == {
        (21, "navy vessels", "around Taiwan", "Taiwan", "2025-09-03"),
        (5, "official ships", "around Taiwan", "Taiwan", "2025-09-03"),
        (17, "aircraft", "around Taiwan", "Taiwan", "2025-09-03"),
        (9, "aircraft", "median line", "Taiwan", "2025-09-03"),
        (9, "aircraft", "ADIZ", "Taiwan", "2025-09-03"),
    }


def test_the_same_period_of_last_year_is_no_days_figure() -> None:
    text = "國防部統計，今年8月共機擾台累計達380架次，較去年同期共機310架次增加約兩成。"
    assert facts_of(text) == set()


def test_a_figure_of_the_day_before_this_one_is_only_recalled() -> None:
    text = (
        "台湾国防部9月3日称，截至当天上午6时的24小时内，在台湾周边侦测到解放军军机26架次。"
        "此前一天，台湾国防部公布的数字为军机11架次。"
    )
    assert facts_of(text) == {(26, "aircraft", "around Taiwan", "Taiwan", "2025-09-03")}


def test_ships_counted_in_the_waters_around_a_place_take_no_zone_named_before() -> None:
    text = (
        "中国海警局新闻发言人表示，9月3日，中国海警舰艇编队在我钓鱼岛领海内巡航。"
        "日本第11管区海上保安本部称，3日上午共有4艘中国海警船在钓鱼岛周边海域活动，"
        "其中3艘一度驶入日方所称“领海”，约3小时后驶出。"
    )
    assert facts_of(text) == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-09-03")
    }


@given(
    aircraft=st.integers(min_value=21, max_value=60),
    entered=st.integers(min_value=2, max_value=20),
    before=st.integers(min_value=21, max_value=60),
    bar=st.sampled_from(["｜", "|"]),
)
def test_a_tickers_bar_parts_its_items_as_a_full_stop_does(
    aircraft: int, entered: int, before: int, bar: str
) -> None:
    """An after-hours ticker runs the day's items on one line between bars (zh-blind26-042): the
    count recalled in the next item ("前一天…") neither moves today's zone fact to the day before
    nor gives a fact of its own."""
    text = (
        f"盤後跑馬燈 13:45\n加權指數收23,118點 漲156點{bar}國防部：今晨6時前24小時 "
        f"共機{aircraft}架次、共艦10艘 其中{entered}架次進入北部、中部、西南空域{bar}"
        f"前一天國防部公布共機{before}架次 今日架次明顯減少{bar}三大法人合計買超台股85億元"
    )
    assert facts_of(text) == {
        (aircraft, "aircraft", "around Taiwan", "Taiwan", "2025-09-03"),
        (10, "navy vessels", "around Taiwan", "Taiwan", "2025-09-03"),
        (entered, "aircraft", "ADIZ", "Taiwan", "2025-09-03"),
    }


def test_a_tables_bar_before_its_figure_keeps_the_row_one_sentence() -> None:
    """Taiwan's defence ministry posts its report as label｜figure rows (zh-blind8-022)."""
    text = (
        "國防部即時軍事動態（9月3日）\n時間｜9月2日0600時至9月3日0600時\n共機｜15架次\n"
        "共艦｜6艘\n公務船｜2艘\n逾越中線並進入北部、西南空域｜9架次"
    )
    assert facts_of(text) == {
        (15, "aircraft", "around Taiwan", "Taiwan", "2025-09-03"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-09-03"),
        (2, "official ships", "around Taiwan", "Taiwan", "2025-09-03"),
        (9, "aircraft", "median line", "Taiwan", "2025-09-03"),
        (9, "aircraft", "ADIZ", "Taiwan", "2025-09-03"),
    }


@given(
    weekday=st.sampled_from(
        [("周一", "（9月1日）", "2025-09-01"), ("週二", "（2日）", "2025-09-02")]
    ),
    bracketed=st.booleans(),
    recalled=st.integers(min_value=21, max_value=60),
)
def test_a_sentence_opening_with_its_weekday_dates_a_figure_once_reported(
    weekday: tuple[str, str, str], bracketed: bool, recalled: int
) -> None:
    """A financial wire recalls the day before's report in a sentence of its own that opens
    with the weekday (zh-blind26-032): by rule 8 that day's fact, as "週二曾有…" is."""
    written, bracket, iso = weekday
    text = (
        "台湾防务部门周三（9月3日）称，在台湾周边侦测到解放军军机16架次。"
        f"{written}{bracket if bracketed else ''}，台湾方面曾报告解放军军机{recalled}架次。"
    )
    assert (recalled, "aircraft", "around Taiwan", "Taiwan", iso) in facts_of(text)
