"""Accounts of past drills, breakdowns, credits and stays in Japanese and Chinese copy (the
blind20 passages' classes of miss): an encyclopedia page's or a chronology's month-and-day dates
belong to the year its account opened with, a breakdown of types with long names adds up to one
fact, a credit's date is no count's day, ships still inside on a later day are that day's and
ships that leave are no second fact, and a count that "also entered" entered the zone its
whole did."""

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at


def _facts(text: str, published: datetime) -> set[Fact]:
    return cjk_facts_at(text, published)


PAGE = (
    "{year}年台湾周辺軍事演習\n\n"
    "{year}年台湾周辺軍事演習は、{year}年8月4日から中国人民解放軍東部戦区が台湾周辺で実施した"
    "軍事演習である。\n"
    "経過\n"
    "8月4日、東部戦区のロケット軍は台湾東部の海域に向けて弾道ミサイル11発を発射した。\n"
    "8月5日には、台湾国防部の発表で中国軍機68機と艦艇13隻が台湾周辺で活動し、うち49機が"
    "台湾海峡の中間線を越えた。\n"
)


def test_an_encyclopedia_pages_account_of_past_drills_gives_no_fact_of_this_week() -> None:
    page = PAGE.format(year=2022)
    assert _facts(page, datetime(2025, 8, 5, 0, 30, tzinfo=UTC)) == set()


def test_the_same_account_written_in_the_week_of_the_drills_gives_their_facts() -> None:
    page = PAGE.format(year=2025)
    assert _facts(page, datetime(2025, 8, 5, 0, 30, tzinfo=UTC)) == {
        (11, "missiles", "around Taiwan", "Taiwan", "2025-08-04"),
        (68, "aircraft", "around Taiwan", "Taiwan", "2025-08-05"),
        (13, "navy vessels", "around Taiwan", "Taiwan", "2025-08-05"),
        (49, "aircraft", "median line", "Taiwan", "2025-08-05"),
    }


def test_a_chinese_chronology_of_a_past_year_gives_no_fact() -> None:
    chronology = (
        "台海大事记\n\n"
        "2023年4月8日，解放军东部战区在台湾岛周边开展“联合利剑”演习。\n"
        "4月9日，台湾国防部称共侦测到共机70架次、共舰11艘在台海周边活动，其中35架次进入西南"
        "防空识别区。\n"
    )
    assert _facts(chronology, datetime(2026, 4, 10, 2, 0, tzinfo=UTC)) == set()


def test_an_account_that_runs_past_new_years_eve_goes_on_into_the_next_year() -> None:
    text = (
        "年末年始の台湾周辺\n\n"
        "中国軍は2025年12月29日から台湾周辺で演習を始めた。\n"
        "1月1日には、台湾国防部の発表で中国軍機20機が台湾周辺で活動した。\n"
    )
    assert _facts(text, datetime(2026, 1, 2, 1, 0, tzinfo=UTC)) == {
        (20, "aircraft", "around Taiwan", "Taiwan", "2026-01-01"),
    }


def test_a_day_read_against_publication_brings_the_text_back_to_the_present() -> None:
    text = (
        "演習から3年\n\n"
        "2022年8月4日に始まった大規模演習から3年となった。\n"
        "台湾国防部はきょう、8月5日午前6時までの24時間に中国軍機20機が台湾周辺で活動したと"
        "発表した。\n"
    )
    assert _facts(text, datetime(2025, 8, 5, 3, 0, tzinfo=UTC)) == {
        (20, "aircraft", "around Taiwan", "Taiwan", "2025-08-05"),
    }


@given(
    years_back=st.integers(1, 5),
    opening=st.dates(date(2020, 1, 1), date(2025, 12, 31)),
    later_days=st.integers(0, 20),
)
def test_an_account_opened_years_before_publication_never_gives_a_fact(
    years_back: int, opening: date, later_days: int
) -> None:
    told = opening + timedelta(days=later_days)
    # Years after the day told, not after the opening: an account opened on 12 December 2020
    # tells "1月1日" of 2021, and a story of 1 January 2021 reports that day's figure (rule 8).
    published = datetime(told.year + years_back, told.month, min(told.day, 28), 3, 0, tzinfo=UTC)
    text = (
        f"{opening.year}年{opening.month}月{opening.day}日から中国軍が台湾周辺で演習を行った。\n"
        f"{told.month}月{told.day}日には、台湾国防部の発表で中国軍機30機が台湾周辺で活動した。\n"
    )
    assert _facts(text, published) == set()


def test_a_breakdown_by_types_with_long_names_gives_its_sum_once() -> None:
    text = (
        "中国軍機15機、ADIZに進入\n\n"
        "【8月7日 AFP】台湾国防部は7日、中国軍のJ16戦闘機10機、Su30戦闘機4機、KJ500早期警戒機"
        "1機が同日午前、台湾南西部の防空識別圏（ADIZ）に進入したと発表した。"
    )
    assert _facts(text, datetime(2024, 8, 7, 9, 0, tzinfo=UTC)) == {
        (15, "aircraft", "ADIZ", "Taiwan", "2024-08-07"),
    }


def test_a_credits_date_is_the_filing_not_the_day_the_ships_were_out() -> None:
    text = (
        "【ネット新聞2025年11月25日】海上保安庁によると、尖閣諸島周辺の接続水域を航行していた"
        "中国海警局の船4隻のうち2隻が24日午前、日本の領海に侵入した。"
    )
    assert _facts(text, datetime(2025, 11, 25, 5, 0, tzinfo=UTC)) == {
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-11-24"),
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-11-24"),
    }


def test_ships_still_inside_at_a_later_days_hour_are_that_days_fact() -> None:
    text = (
        "据日本海上保安厅消息，5日侵入冲绳县尖阁诸岛周边日本领海的2艘中国海警局船只，截至7日"
        "中午仍在领海内航行。"
    )
    assert _facts(text, datetime(2026, 7, 7, 6, 0, tzinfo=UTC)) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2026-07-07"),
    }


def test_ships_that_leave_on_a_later_day_are_the_stay_counted_on_the_day_they_entered() -> None:
    text = (
        "据日本海上保安厅消息，3艘中国海警局船只9日上午侵入尖阁诸岛周边的日本领海。"
        "3艘海警船于10日上午驶离领海。"
    )
    assert _facts(text, datetime(2026, 5, 10, 5, 0, tzinfo=UTC)) == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2026-05-09"),
    }


def test_craft_that_also_entered_entered_the_zone_of_the_whole_not_of_its_uncounted_part() -> None:
    text = (
        "台湾国防部说，中国军队共21架次军机19日进入了台湾西南部的防空识别区，其中部分军机一度"
        "越过台湾海峡的“中线”。前一天18日也有16架次军机进入。"
    )
    assert _facts(text, datetime(2020, 9, 19, 10, 0, tzinfo=UTC)) == {
        (21, "aircraft", "ADIZ", "Taiwan", "2020-09-19"),
        (16, "aircraft", "ADIZ", "Taiwan", "2020-09-18"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "頼清徳総統は2024年5月20日に就任した。台湾国防部は8月5日、中国軍機30機が台湾周辺で活動したと発表した。",
        "赖清德于2024年5月20日就职。台湾国防部8月5日表示，共有30架次中共军机在台湾周边活动。",
    ],
)  # fmt: skip
def test_a_past_full_date_months_before_opens_no_account_of_the_days_report(text: str) -> None:
    # An inauguration named with its full date is no account the day's report belongs to: the
    # report's month and day, months after it, are read against publication.
    found = _facts(text, datetime(2025, 8, 5, 9, 0, tzinfo=UTC))
    assert (30, "aircraft", "around Taiwan", "Taiwan", "2025-08-05") in found
