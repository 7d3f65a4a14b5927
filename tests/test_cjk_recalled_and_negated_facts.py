"""Incursion facts of the blind35 passages' classes of miss: a clause that opens with a day only
recalled (；前一天則有…) is no fact even after the day's report in the same sentence; a negation
carries over 或 to the next zone; 同じ空域 points back to the ADIZ named before; a place a later
clause's own subject is in does not move the counts before it out of the list; and no report is
of a day after the article's."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import Fact, cjk_facts_at

TAIPEI_MORNING = datetime(2025, 12, 2, 1, 0, tzinfo=UTC)  # 2 December, 9 a.m. in Taipei
REPORT = "國防部今天表示，截至當天上午6時止的24小時內，共偵測到共機14架次、共艦9艘在台灣周邊活動"


def _facts(text: str, published: datetime = TAIPEI_MORNING) -> set[Fact]:
    return cjk_facts_at(text, published)


@pytest.mark.parametrize(
    "joint", ["；前一天則有軍機32架次。", "，前一天則有共機32架次。", "；而前一日則有共機32架次。"]
)
def test_a_clause_opening_with_a_recalled_day_gives_no_fact(joint: str) -> None:
    assert _facts(REPORT + joint) == {
        (14, "aircraft", "around Taiwan", "Taiwan", "2025-12-02"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2025-12-02"),
    }


def test_a_clause_that_compares_with_the_day_before_is_left_to_its_own_reading() -> None:
    facts = _facts(REPORT + "，跟前一天的32架次相比明顯減少。")
    assert not any(count == 32 for count, *_ in facts)


@pytest.mark.parametrize(
    "negated",
    [
        "，共機均未逾越中線或進入我防空識別區。",
        "，共機皆未逾越中線或是進入我西南空域。",
        "，其中共機並未越過中線或進入防空識別區。",
    ],
)
def test_a_negation_carries_over_or_to_the_next_zone(negated: str) -> None:
    facts = _facts(REPORT + negated)
    assert not any(zone in ("ADIZ", "median line") for _, _, zone, _, _ in facts)


def test_a_zone_entered_after_a_negated_one_and_a_comma_stands() -> None:
    facts = _facts(REPORT + "，共機未逾越中線，但其中5架次進入西南空域。")
    assert (5, "aircraft", "ADIZ", "Taiwan", "2025-12-02") in facts
    assert not any(zone == "median line" for _, _, zone, _, _ in facts)


JAPANESE = datetime(2021, 1, 25, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize("same", ["同じ空域", "同空域"])
def test_the_same_airspace_is_the_adiz_named_before(same: str) -> None:
    text = (
        "台湾国防部によると、２４日、中国軍の戦闘機など計１５機が台湾南西部の防空識別圏に進入した。"
        f"前日２３日にも、爆撃機８機を含む１３機が{same}に入っていた。"
    )
    assert _facts(text, JAPANESE) == {
        (15, "aircraft", "ADIZ", "Taiwan", "2021-01-24"),
        (13, "aircraft", "ADIZ", "Taiwan", "2021-01-23"),
    }


@pytest.mark.parametrize(
    "later_clause",
    [
        "国防部は空母「山東」が台湾南東の太平洋上で訓練を続けているとしている。",
        "空母「遼寧」が宮古海峡を通過したという。",
    ],
)
def test_a_place_of_a_later_clauses_own_subject_leaves_the_counts_before_it(
    later_clause: str,
) -> None:
    text = (
        "台湾の国防部は15日、同日午前6時までの24時間に、中国軍機22機と艦艇14隻を台湾周辺で"
        f"確認したと発表した。前日の14日には軍機63機と艦艇11隻が確認されており、{later_clause}"
    )
    facts = _facts(text, datetime(2023, 9, 15, 2, 30, tzinfo=UTC))
    assert (63, "aircraft", "around Taiwan", "Taiwan", "2023-09-14") in facts
    assert (11, "navy vessels", "around Taiwan", "Taiwan", "2023-09-14") in facts


def test_counts_placed_outside_the_list_in_their_own_clause_stay_out() -> None:
    text = "前日の14日には中国軍機５機と艦艇３隻が宮古海峡付近で確認されており、国防部は警戒を続けている。"
    assert _facts(text, datetime(2023, 9, 15, 2, 30, tzinfo=UTC)) == set()


def test_a_months_roundup_dates_its_first_day_in_that_month_not_the_next() -> None:
    text = (
        "今月の動き（１０月）\n\n"
        "▽１日　台湾国防部によると、同日午前６時までの２４時間に中国軍機２３機と艦艇９隻が"
        "台湾周辺で確認された。\n▽３０日　尖閣諸島周辺の接続水域で中国海警局の船４隻。"
    )
    facts = _facts(text, datetime(2025, 10, 31, 6, 0, tzinfo=UTC))
    assert not any(day > "2025-10-31" for *_, day in facts)
    assert (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-10-30") in facts


def test_a_window_the_day_before_opens_after_a_comma_is_the_reports_day() -> None:
    text = (
        "國防部週六（13日）公布，前一日上午6時至當日上午6時，偵獲共機48架次、共艦7艘，"
        "其中33架次逾越中線或進入北部、西南及東部空域。"
    )
    facts = _facts(text, datetime(2024, 7, 15, 2, 0, tzinfo=UTC))
    assert (48, "aircraft", "around Taiwan", "Taiwan", "2024-07-13") in facts
    assert (7, "navy vessels", "around Taiwan", "Taiwan", "2024-07-13") in facts
