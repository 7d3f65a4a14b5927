"""Taiwan's and the mainland's local papers retelling the defence ministry's and the coast
guard's figures (the zh-blind24 passages' classes of miss): a whole date in kanji numerals, a
councillor's "today" quoted a day later, a week's sums under a list of its days, a weekday's peak
in a recap of the week, ships that stayed outside restricted waters, and missiles fired into
waters set for the launch."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at
from test_cjk_incursion_properties import _kanji

PUBLISHED = datetime(2023, 7, 19, 0, 40, tzinfo=UTC)  # 19 July, 8:40 a.m. in Taipei


def facts_of(text: str, published: datetime = PUBLISHED) -> set[Fact]:
    return cjk_facts_at(text, published)


@given(day=st.integers(2, 30), aircraft=st.integers(10, 99), ships=st.integers(1, 9))
def test_a_window_dated_in_kanji_numerals_is_of_the_day_it_runs_to(
    day: int, aircraft: int, ships: int
) -> None:
    text = (
        f"【金門日報／綜合報導】國防部昨（{_kanji(day)}）日上午公布，自{_kanji(day - 1)}日上午六時"
        f"至{_kanji(day)}日上午六時止，偵獲共機{_kanji(aircraft)}架次、共艦{_kanji(ships)}艘"
        "在臺海周邊活動。"
    )
    published = datetime(2023, 7, day + 1, 0, 40, tzinfo=UTC)  # the paper of the day after
    assert facts_of(text, published) == {
        (aircraft, "aircraft", "around Taiwan", "Taiwan", f"2023-07-{day:02}"),
        (ships, "navy vessels", "around Taiwan", "Taiwan", f"2023-07-{day:02}"),
    }


def test_a_kanji_date_before_its_weekday_dates_a_days_figures() -> None:
    text = (
        "國防部昨（十八）日上午公布，自十七日上午六時至十八日上午六時止，偵獲共機二十一架次、"
        "共艦六艘在臺海周邊活動。另據國防部公布資料，十六日（週日）共機活動為十七架次、共艦五艘。"
    )
    assert facts_of(text) == {
        (21, "aircraft", "around Taiwan", "Taiwan", "2023-07-18"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2023-07-18"),
        (17, "aircraft", "around Taiwan", "Taiwan", "2023-07-16"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2023-07-16"),
    }


@given(back=st.integers(1, 5), aircraft=st.integers(10, 99))
def test_a_quoted_today_is_the_day_the_speaker_spoke(back: int, aircraft: int) -> None:
    spoke = 19 - back
    text = (
        f"花蓮縣議會{'昨' if back == 1 else ''}（{spoke}）日進行縣政總質詢，議員以國防部當天公布的"
        f"共機動態開場：「今天早上國防部才說，共機{aircraft}架次、共艦11艘，花蓮就在第一線！」"
    )
    assert facts_of(text) == {
        (aircraft, "aircraft", "around Taiwan", "Taiwan", f"2023-07-{spoke:02}"),
        (11, "navy vessels", "around Taiwan", "Taiwan", f"2023-07-{spoke:02}"),
    }


def test_a_quoted_today_with_no_day_written_before_it_is_the_papers() -> None:
    text = (
        "議員在質詢時表示：「今天早上國防部才說，共機30架次、共艦11艘，有20架次進到我們北部、"
        "中部跟東部空域。」"
    )
    assert (20, "aircraft", "ADIZ", "Taiwan", "2023-07-19") in facts_of(text)


def test_a_weeks_sums_under_a_list_of_its_days_are_no_last_days_figures() -> None:
    text = (
        "【馬祖日報／綜合報導】國防部每日公布之中共解放軍臺海周邊動態，本報整理如下：\n"
        "．9月11日（三）：共機16架次、共艦6艘。\n"
        "．9月12日（四）：共機31架次、共艦10艘。\n"
        "合計一週共機107架次、共艦53艘次。國防部說明，12日共機係配合共艦實施聯合戰備警巡。"
    )
    facts = facts_of(text, datetime(2024, 9, 12, 7, 0, tzinfo=UTC))
    assert {(f[0], f[4]) for f in facts} == {
        (16, "2024-09-11"),
        (6, "2024-09-11"),
        (31, "2024-09-12"),
        (10, "2024-09-12"),
    }


def test_a_week_taken_as_an_example_leaves_its_days_figures() -> None:
    text = (
        "以最近一週為例，國防部3月21日（星期二）公布，20日上午6時至21日上午6時，偵獲共機21架次、"
        "共艦4艘在臺海周邊活動。"
    )
    facts = facts_of(text, datetime(2023, 3, 22, 9, 0, tzinfo=UTC))
    assert (21, "aircraft", "around Taiwan", "Taiwan", "2023-03-21") in facts


def test_a_weekdays_peak_in_a_recap_of_the_week_is_no_fact() -> None:
    text = (
        "台湾地区防务部门18日宣称，自17日6时至18日6时，在台岛周边“侦获”解放军军机19架次、"
        "军舰8艘。导报记者梳理发现，本周台防务部门累计宣称“侦获”解放军军机逾150架次，"
        "其中周三（15日）单日45架次，为本月以来单日最高。"
    )
    facts = facts_of(text, datetime(2025, 1, 18, 8, 0, tzinfo=UTC))
    assert {f[0] for f in facts} == {19, 8}


def test_ships_that_stayed_outside_our_restricted_waters_are_no_fact() -> None:
    text = (
        "中國海警船4艘今（10）日上午9時許侵入我限制水域，海巡署金門海巡隊立即派遣巡防艇4艘"
        "實施一對一伴航監控。另同日上午，中國海警船2艘在金門東南方約8浬處海域徘徊，"
        "未進入我方限制水域，海巡署持續掌握動態。"
    )
    assert facts_of(text, datetime(2026, 2, 10, 5, 30, tzinfo=UTC)) == {
        (4, "official ships", "restricted waters", "Kinmen", "2026-02-10")
    }


def test_missiles_fired_into_waters_set_for_the_launch_are_the_days() -> None:
    text = (
        "9月22日，东部战区新闻发言人表示，战区火箭军部队当日向台岛以东预定海域发射东风系列"
        "常规导弹4枚，全部精准命中目标。"
    )
    assert facts_of(text, datetime(2026, 9, 22, 11, 30, tzinfo=UTC)) == {
        (4, "missiles", "around Taiwan", "Taiwan", "2026-09-22")
    }
