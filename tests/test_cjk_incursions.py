"""Japanese and Chinese incursion facts as an analyst charts them: the day's counts of China's
craft in a zone, and nothing for a month's or a year's total, a streak of days, a record, a
plan, or the patrol boats sent to watch."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.nlp.cjk_incursions import find_cjk_incursions
from monitor.nlp.cjk_script import fold

PUBLISHED = datetime(2025, 7, 1, 1, 0, tzinfo=UTC)


def _facts(text: str, published: datetime = PUBLISHED) -> set[tuple[object, ...]]:
    return {
        (f.count, f.what, f.zone, f.place, f.day.isoformat())
        for f in find_cjk_incursions(text, fold(text), published)
    }


def test_a_report_with_a_monthly_total_gives_only_the_days_facts() -> None:
    text = (
        "上月共機擾台逾420架次\n\n國防部今天公布，上月共機在臺海周邊活動累計逾420架次；"
        "今晨6時前24小時則偵獲共機14架次、共艦6艘在臺海周邊活動。"
    )
    assert _facts(text) == {
        (14, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }


def test_a_japanese_coast_guard_report_counts_the_ships_not_the_streak() -> None:
    text = (
        "尖閣周辺に中国船、２５日連続\n\n尖閣諸島周辺の領海外側にある接続水域で１日、"
        "中国海警局の船３隻が航行しているのを海上保安庁の巡視船が確認した。"
        "２５日連続で、今年に入ってからの確認は延べ２８０隻となった。"
    )
    assert _facts(text) == {(3, "official ships", "contiguous zone", "Senkaku Islands",
                             "2025-07-01")}  # fmt: skip


def test_patrol_boats_sent_to_watch_are_not_counted() -> None:
    text = (
        "海巡署表示，中國海警船4艘今天上午闖入金門限制水域，"
        "海巡署派遣巡防艇4艘一對一伴航監控，附近另有大陸漁船30艘作業。"
    )
    assert _facts(text) == {(4, "official ships", "restricted waters", "Kinmen", "2025-07-01")}


def test_a_yearly_total_in_a_list_of_counts_gives_none() -> None:
    text = (
        "國防部資料顯示，去年共機擾台累計3075架次，其中進入防空識別區者逾2000架次，共艦1800艘次。"
    )
    assert _facts(text) == set()


def test_a_record_and_a_plan_are_no_counts_of_the_day() -> None:
    text = (
        "國防部今天表示，今晨6時前24小時偵獲共機45架次，其中26架次進入西南空域，"
        "僅次於去年10月14日的153架次。消息人士指出，共軍預計下週將出動艦艇20艘。"
    )
    assert _facts(text) == {
        (45, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (26, "aircraft", "ADIZ", "Taiwan", "2025-07-01"),
    }


def test_the_day_is_the_one_the_craft_were_out() -> None:
    yesterday = "國防部今天表示，共軍昨天在台灣周邊實施實彈射擊，共發射9枚彈道飛彈。"
    assert _facts(yesterday) == {(9, "missiles", "around Taiwan", "Taiwan", "2025-06-30")}
    japanese = (
        "台湾国防部は、３０日午前６時から７月１日午前６時までに、中国軍機１７機が台湾周辺で"
        "活動し、うち１０機が中間線を越えたと明らかにした。"
    )
    assert _facts(japanese) == {
        (17, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (10, "aircraft", "median line", "Taiwan", "2025-07-01"),
    }


def test_a_headlines_space_separates_two_counts() -> None:
    text = (
        "國防部：共機5架次、共艦6艘 2架次進入西南空域\n\n國防部今天表示，偵獲共機5架次、共艦6艘。"
    )
    assert (2, "aircraft", "ADIZ", "Taiwan", "2025-07-01") in _facts(text)
    assert not {fact for fact in _facts(text) if fact[0] == 7}


DAILY_REPORTS = [
    "國防部今天表示，今晨6時前24小時偵獲共機21架次、共艦7艘在臺海周邊活動，"
    "其中共機15架次逾越中線進入北部及西南空域。",
    "台湾国防部は１日、同日午前６時までの２４時間に中国軍機３０機と艦艇９隻を台湾周辺で"
    "確認し、うち２１機が防空識別圏に入ったと発表した。",
    "尖閣諸島周辺の接続水域で１日、中国海警局の船４隻が航行しているのを海上保安庁が確認した。",
    "海巡署表示，中國海警船3艘今天上午闖入金門禁止水域。",
]
PERIODS = ["本月", "今年", "上月", "去年", "今年以來", "今月に入って", "今年に入ってから",
           "2024年に", "過去3個月", "累計", "昨年１年間に", "１〜６月に"]  # fmt: skip
CRAFT = ["共機", "共艦", "中国軍機", "中國海警船", "公船", "気球"]
ZONES = ["在臺海周邊活動", "進入西南空域", "逾越中線", "進入釣魚台鄰接區", "台湾周辺で確認された",
         "接続水域で確認された", "闖入金門限制水域", ""]  # fmt: skip
COUNTERS = ["架次", "艘", "機", "隻", "艘次", "個"]


@settings(max_examples=settings.default.max_examples * 10)  # pure and fast: search wide
@given(
    st.sampled_from(DAILY_REPORTS),
    st.sampled_from(PERIODS),
    st.sampled_from(CRAFT),
    st.sampled_from(ZONES),
    st.integers(1, 5000),
    st.sampled_from(COUNTERS),
)
def test_appending_a_cumulative_total_never_adds_a_fact(
    report: str, period: str, craft: str, zone: str, number: int, counter: str
) -> None:
    total = f"{period}{craft}{zone}{'累計' if number % 2 else '延べ'}{number}{counter}。"
    assert _facts(report + total) <= _facts(report)
