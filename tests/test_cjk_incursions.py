"""Japanese and Chinese incursion facts as an analyst charts them: the day's counts of China's
craft in a zone, and nothing for a month's or a year's total, a streak of days, a record, a
plan, or the patrol boats sent to watch."""

from datetime import UTC, date, datetime
from typing import Any

import pytest
from conftest import CI_EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

from monitor.nlp import cjk_counts, cjk_incursions
from monitor.nlp.cjk_counts import Count
from monitor.nlp.cjk_counts import _plain_counts as plain_counts
from monitor.nlp.cjk_days import report_day
from monitor.nlp.reporting_clocks import local_publication

PUBLISHED = datetime(2025, 7, 1, 1, 0, tzinfo=UTC)


def facts_of(text: str, published: datetime = PUBLISHED) -> set[Fact]:
    return cjk_facts_at(text, published)


def test_a_report_with_a_monthly_total_gives_only_the_days_facts() -> None:
    text = (
        "上月共機擾台逾420架次\n\n國防部今天公布，上月共機在臺海周邊活動累計逾420架次；"
        "今晨6時前24小時則偵獲共機14架次、共艦6艘在臺海周邊活動。"
    )
    assert facts_of(text) == {
        (14, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }


def test_a_japanese_coast_guard_report_counts_the_ships_not_the_streak() -> None:
    text = (
        "尖閣周辺に中国船、２５日連続\n\n尖閣諸島周辺の領海外側にある接続水域で１日、"
        "中国海警局の船３隻が航行しているのを海上保安庁の巡視船が確認した。"
        "２５日連続で、今年に入ってからの確認は延べ２８０隻となった。"
    )
    assert facts_of(text) == {(3, "official ships", "contiguous zone", "Senkaku Islands",
                             "2025-07-01")}  # fmt: skip


def test_patrol_boats_sent_to_watch_are_not_counted() -> None:
    text = (
        "海巡署表示，中國海警船4艘今天上午闖入金門限制水域，"
        "海巡署派遣巡防艇4艘一對一伴航監控，附近另有大陸漁船30艘作業。"
    )
    assert facts_of(text) == {(4, "official ships", "restricted waters", "Kinmen", "2025-07-01")}
    ours = "海巡署：中國海警船2艘今晨闖入金門禁止水域，我艦3艘伴航驅離。"
    assert facts_of(ours) == {(2, "official ships", "restricted waters", "Kinmen", "2025-07-01")}


def test_a_yearly_total_in_a_list_of_counts_gives_none() -> None:
    text = (
        "國防部資料顯示，去年共機擾台累計3075架次，其中進入防空識別區者逾2000架次，共艦1800艘次。"
    )
    assert facts_of(text) == set()


def test_a_record_and_a_plan_are_no_counts_of_the_day() -> None:
    text = (
        "國防部今天表示，今晨6時前24小時偵獲共機45架次，其中26架次進入西南空域，"
        "僅次於去年10月14日的153架次。消息人士指出，共軍預計下週將出動艦艇20艘。"
    )
    assert facts_of(text) == {
        (45, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (26, "aircraft", "ADIZ", "Taiwan", "2025-07-01"),
    }


def test_the_day_is_the_one_the_craft_were_out() -> None:
    yesterday = "國防部今天表示，共軍昨天在台灣周邊實施實彈射擊，共發射9枚彈道飛彈。"
    assert facts_of(yesterday) == {(9, "missiles", "around Taiwan", "Taiwan", "2025-06-30")}
    japanese = (
        "台湾国防部は、３０日午前６時から７月１日午前６時までに、中国軍機１７機が台湾周辺で"
        "活動し、うち１０機が中間線を越えたと明らかにした。"
    )
    assert facts_of(japanese) == {
        (17, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (10, "aircraft", "median line", "Taiwan", "2025-07-01"),
    }


def test_a_headlines_space_separates_two_counts() -> None:
    text = (
        "國防部：共機5架次、共艦6艘 2架次進入西南空域\n\n國防部今天表示，偵獲共機5架次、共艦6艘。"
    )
    assert (2, "aircraft", "ADIZ", "Taiwan", "2025-07-01") in facts_of(text)
    assert not {fact for fact in facts_of(text) if fact[0] == 7}


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


@settings(max_examples=CI_EXAMPLES * 10)  # pure and fast: search wide
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
    assert facts_of(report + total) <= facts_of(report)


def test_a_zone_beside_approached_or_not_entered_gives_no_fact() -> None:
    japanese = (
        "尖閣諸島周辺で、中国海警局の船３隻が日本の領海のすぐ外側にある接続水域を航行した。"
        "３隻は領海に近づかないよう巡視船から警告を受けた。"
    )
    assert facts_of(japanese) == {
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01")
    }
    matsu = "馬祖の南竿島付近で中国海警局の船２隻が航行したが、制限水域には入らなかった。"
    assert facts_of(matsu) == set()
    offshore = (
        "國防部今天表示，偵獲共艦5艘在台灣周邊外海活動。"  # 外海 is the open sea, not "outside"
    )
    assert facts_of(offshore) == {(5, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01")}
    chinese = "國防部今天表示，偵獲共機6架次逼近中線，未進入西南空域。"
    assert not {fact for fact in facts_of(chinese) if fact[2] in ("median line", "ADIZ")}


def test_a_streak_of_days_is_no_period_and_a_part_keeps_its_totals_period() -> None:
    streak = "尖閣周辺に中国公船３隻　４０日連続\n\n接続水域内を中国海警局の船３隻が航行している。"
    assert facts_of(streak) == {
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01")
    }
    month = (
        "台湾国防部の集計によると、６月に台湾周辺で確認された中国軍機は延べ３８０機だった。"
        "このうち２１０機が防空識別圏に入った。艦艇は延べ１９０隻だった。"
    )
    assert facts_of(month) == set()
    so_far = (
        "今年、接続水域で中国船が確認されたのは３０日までに１８０日となった。領海侵入は延べ２０隻。"
    )
    assert facts_of(so_far) == set()


def test_the_same_time_pointed_back_to_is_the_reports_day() -> None:
    text = (
        "防衛省は１日、中国海軍の艦艇１隻が尖閣諸島の接続水域に入ったと発表した。"
        "中国海軍艦艇の進入は今年２回目。同じ時間帯、接続水域では中国海警局の船３隻も航行していた。"
    )
    assert (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01") in facts_of(
        text
    )


def test_a_range_is_one_fact_at_its_lower_bound() -> None:
    assert facts_of("國防部今天表示，偵獲共艦8至11艘在臺海周邊活動。") == {
        (8, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01")
    }
    assert facts_of(
        "台湾国防部は１日、台湾周辺で活動する中国艦艇は７隻から９隻に上ると発表した。"
    ) == {(7, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01")}


def test_craft_included_in_a_total_are_no_fact_of_their_own() -> None:
    japanese = (
        "台湾国防部は１日、無人機２機を含む中国軍機１９機と艦艇５隻を台湾周辺で確認したと発表した。"
    )
    assert facts_of(japanese) == {
        (19, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }
    chinese = "國防部今天表示，偵獲共機20架次（含無人機4架次）、共艦6艘在臺海周邊活動。"
    assert facts_of(chinese) == {
        (20, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }
    carrier = "國防部今天表示，偵獲包括福建號航艦在內的共艦9艘在臺海周邊活動。"
    assert facts_of(carrier) == {(9, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01")}


def test_craft_are_only_in_zones_they_can_be_in_and_ships_are_what_their_noun_says() -> None:
    helicopter = (
        "尖閣諸島周辺の領海に侵入した中国海警局の船１隻から、ヘリコプター１機が飛び立った。"
    )
    assert facts_of(helicopter) == {
        (1, "official ships", "territorial waters", "Senkaku Islands", "2025-07-01")
    }
    coast_guard = "國防部今天表示，偵獲共機9架次在臺海周邊活動；同一時段另有三艘中國海警船在台灣東部外海活動。"
    assert (3, "official ships", "around Taiwan", "Taiwan", "2025-07-01") in facts_of(coast_guard)


def test_a_headlines_pieces_each_tell_their_own_zone() -> None:
    text = "國防部：共機12架次 運-9進入西南空域\n\n國防部今天表示，偵獲共機12架次在臺海周邊活動。"
    assert facts_of(text) == {(12, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}
    japanese = "尖閣の領海に中国海警船３隻侵入　接続水域には５隻\n\n"
    assert facts_of(japanese) == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-07-01"),
        (5, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01"),
    }


def test_ships_placed_at_kinmen_are_not_reported_around_taiwan() -> None:
    text = "國防部今天表示，偵獲共機7架次在臺海周邊活動。金門周邊另有中國海警船3艘徘徊，但未進入限制水域。"
    assert facts_of(text) == {(7, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_a_past_day_and_days_to_go_are_not_the_reports_day() -> None:
    past = "2022年8月，中共在台灣周邊軍演，8月4日一天就發射11枚彈道飛彈。"
    assert facts_of(past) == set()
    digest = (
        "▽台湾の国防部は、中国軍機１０機と艦艇４隻を台湾周辺で確認したと発表した。"
        "▽万博の閉幕まで５日となった。"
    )
    assert {fact[4] for fact in facts_of(digest)} == {"2025-07-01"}


@given(st.integers(1, 60), st.integers(1, 30), st.sampled_from(["至", "到", "～", "から"]))
def test_a_range_never_counts_more_than_its_lower_bound(low: int, extra: int, joint: str) -> None:
    text = f"國防部今天表示，偵獲共艦{low}{joint}{low + extra}艘在臺海周邊活動。"
    assert {fact[0] for fact in facts_of(text)} == {low}


def test_a_headlines_space_before_a_count_ends_the_count_before_it() -> None:
    text = (
        "國防部：偵獲空飄氣球3顆 2顆越過海峽中線\n\n"
        "國防部今天公布，偵獲中共空飄氣球3顆，其中2顆越過海峽中線後消失。"
    )
    assert facts_of(text) == {
        (3, "balloons", "around Taiwan", "Taiwan", "2025-07-01"),
        (2, "balloons", "median line", "Taiwan", "2025-07-01"),
    }


def test_a_twenty_four_hour_report_places_its_totals_around_taiwan() -> None:
    japanese = (
        "台湾国防部は１日、同日午前６時までの２４時間に中国軍機９機と艦艇５隻を確認したと発表した。"
    )
    assert facts_of(japanese) == {
        (9, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }
    chinese = "國防部今天表示，過去24小時偵獲共機31架次，共艦8艘則集結於台灣以東海域。"
    assert facts_of(chinese) == {
        (31, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }


def test_a_list_announced_by_a_colon_counts_each_labelled_line() -> None:
    text = "國防部今晨公布24小時共軍動態：\n▲共機：12架次\n▲共艦：4艘\n▲公務船：2艘\n"
    assert facts_of(text) == {
        (12, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (4, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
        (2, "official ships", "around Taiwan", "Taiwan", "2025-07-01"),
    }


def test_a_record_and_its_window_do_not_make_the_next_counts_a_periods() -> None:
    window = (
        "台湾国防部によると、１日午前６時までの２４時間に中国軍機３８機が台湾周辺で確認された。"
        "３８機は今年に入って最多。このうち２０機が南西部の防空識別圏に入った。"
    )
    assert (20, "aircraft", "ADIZ", "Taiwan", "2025-07-01") in facts_of(window)
    aside = (
        "台湾国防部は１日、台湾周辺で中国軍機５０機を確認したと発表した。"
        "これまでの最多は昨年１０月の６６機だった。うち３０機が中間線を越えた。"
    )
    assert (30, "aircraft", "median line", "Taiwan", "2025-07-01") in facts_of(aside)


def test_a_drone_is_told_by_its_role_too() -> None:
    text = "台湾国防部は１日、中国軍の無人攻撃機２機が台湾南西部の防空識別圏に進入したと発表した。"
    assert facts_of(text) == {(2, "drones", "ADIZ", "Taiwan", "2025-07-01")}


def test_waters_around_one_side_of_taiwan_are_around_taiwan() -> None:
    text = "國防部今天證實，共軍自浙江沿海發射彈道飛彈3枚，落於台灣東北部周邊海域。"
    assert facts_of(text) == {(3, "missiles", "around Taiwan", "Taiwan", "2025-07-01")}


def test_a_headline_without_a_day_is_of_the_reports_day() -> None:
    text = (
        "國慶演說後 共機28架次擾台\n\n總統30日發表演說。國防部今（1）日公布，"
        "偵獲共機28架次在臺海周邊活動。"
    )
    assert facts_of(text) == {(28, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_crossing_the_line_in_a_headline_is_the_median_line() -> None:
    text = "共機十八架次擾台 七架次越線\n\n國防部今天公布，偵獲共機十八架次，其中七架次逾越中線。"
    assert facts_of(text) == {
        (18, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (7, "aircraft", "median line", "Taiwan", "2025-07-01"),
    }


def test_a_carriers_take_offs_and_landings_count_no_craft() -> None:
    text = "國防部今天表示，偵獲共機20架次在臺海周邊活動。國軍觀察，山東號艦載機起降約60架次。"
    assert facts_of(text) == {(20, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_the_reports_window_pointed_back_to_is_no_period() -> None:
    japanese = (
        "台湾国防部は１日、同日午前６時までの２４時間に中国軍機１２機を台湾周辺で確認した。"
        "同じ期間に艦艇４隻も確認された。"
    )
    assert (4, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01") in facts_of(japanese)
    chinese = "國防部今天表示，今晨6時前24小時偵獲共機12架次；同一期間另偵獲共艦4艘在臺海周邊活動。"
    assert (4, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01") in facts_of(chinese)
    last_year = "國防部統計，去年同期共機擾台累計320架次。"
    assert facts_of(last_year) == set()


def test_waters_off_one_side_of_taiwan_are_around_taiwan_but_not_a_routes_start() -> None:
    japanese = (
        "防衛省は１日、中国軍が台湾の南方の海域に向けて弾道ミサイル５発を発射したと発表した。"
    )
    assert facts_of(japanese) == {(5, "missiles", "around Taiwan", "Taiwan", "2025-07-01")}
    chinese = "國防部今天表示，共軍向台灣西南外海發射4枚彈道飛彈。"
    assert facts_of(chinese) == {(4, "missiles", "around Taiwan", "Taiwan", "2025-07-01")}
    passing = (
        "統合幕僚監部によると、中国海軍の駆逐艦２隻が１日、台湾の東の海域から"
        "与那国島と台湾の間を北上し、東シナ海に入った。"
    )
    assert facts_of(passing) == set()


def test_ships_are_counted_as_ships_whatever_arms_them() -> None:
    text = "台湾国防部は１日、中国海軍のミサイル駆逐艦３隻を台湾周辺で確認したと発表した。"
    assert facts_of(text) == {(3, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01")}


def test_a_zone_named_to_say_which_side_the_craft_were_on_is_not_entered() -> None:
    chinese = "國防部今天表示，偵獲共機8架次、共艦5艘，均在海峽中線以西活動。"
    assert facts_of(chinese) == {
        (8, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }
    japanese = (
        "台湾国防部は１日、２４時間に中国軍機６機を確認したが、いずれも中間線の西側にとどまった。"
    )
    assert facts_of(japanese) == {(6, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_a_type_of_warship_every_navy_has_names_no_owner() -> None:
    frigate = "日本統合幕僚監部今天表示，中國海軍巡防艦1艘今天上午駛入釣魚台周邊鄰接區。"
    assert facts_of(frigate) == {
        (1, "navy vessels", "contiguous zone", "Senkaku Islands", "2025-07-01")
    }
    simplified = "日本防卫省今天说，中国海军护卫舰2艘今天驶入钓鱼岛毗连区。"
    assert facts_of(simplified) == {
        (2, "navy vessels", "contiguous zone", "Senkaku Islands", "2025-07-01")
    }
    japans = "尖閣諸島周辺の接続水域で１日、海上自衛隊の護衛艦２隻が警戒に当たった。"
    assert facts_of(japans) == set()
    japans = "台湾国防部は１日、２４時間に中国軍機５機を台湾周辺で確認した。日本の護衛艦２隻も台湾周辺にいた。"
    assert facts_of(japans) == {(5, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_a_records_old_day_is_not_the_reports_day() -> None:
    text = (
        "共軍演習次日 國防部：共機60架次\n\n東部戰區持續在台灣周邊演習。"
        "國防部傍晚表示，截至下午4時偵獲共機60架次、共艦11艘，其中32架次進入防空識別區。"
        "國防部說，這是今年第三高，僅次於2月9日的88架次。"
    )
    assert facts_of(text) == {
        (60, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (11, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
        (32, "aircraft", "ADIZ", "Taiwan", "2025-07-01"),
    }


def test_what_a_total_includes_is_not_what_it_counts() -> None:
    japanese = (
        "台湾国防部は１日、同日午前６時までの２４時間に、この無人機を含む中国軍機１２機が"
        "防空識別圏に進入したと発表した。"
    )
    assert facts_of(japanese) == {(12, "aircraft", "ADIZ", "Taiwan", "2025-07-01")}
    chinese = "國防部今天表示，偵獲包括無人機在內的共機14架次進入西南空域。"
    assert facts_of(chinese) == {(14, "aircraft", "ADIZ", "Taiwan", "2025-07-01")}
    among = "台湾国防部によると、中国軍の無人機など軍用機計９機が１日、防空識別圏に進入した。"
    assert facts_of(among) == {(9, "aircraft", "ADIZ", "Taiwan", "2025-07-01")}


def test_a_drone_that_is_part_of_the_total_is_no_fact_of_its_own() -> None:
    text = (
        "國防部今天表示，偵獲共機22架次（含無人機2架次）在臺海周邊活動，其中12架次進入西南空域。"
        "國防部指出，其中1架無人機自西南空域繞經南部後返航。"
    )
    assert facts_of(text) == {
        (22, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (12, "aircraft", "ADIZ", "Taiwan", "2025-07-01"),
    }
    beside = "國防部今天表示，偵獲共機10架次在臺海周邊活動；另有1架無人機進入西南空域。"
    assert (1, "drones", "ADIZ", "Taiwan", "2025-07-01") in facts_of(beside)


def test_a_bare_count_after_a_count_of_the_same_craft_is_part_of_it() -> None:
    japanese = "中国軍機２０機、８機が中間線越え\n\n"
    assert facts_of(japanese) == {(8, "aircraft", "median line", "Taiwan", "2025-07-01")}
    balloons = "國防部今天表示，偵獲空飄氣球4顆、1顆越過中線。"
    assert facts_of(balloons) == {
        (4, "balloons", "around Taiwan", "Taiwan", "2025-07-01"),
        (1, "balloons", "median line", "Taiwan", "2025-07-01"),
    }
    listed = "國防部今天表示，偵獲共機9架次、共艦4艘在臺海周邊活動。"
    assert facts_of(listed) == {
        (9, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (4, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }


def test_a_zone_marked_as_the_place_of_the_next_count_is_that_counts() -> None:
    headline = "中国軍機延べ４０機、防空識別圏に２５機\n\n"
    assert facts_of(headline) == {(25, "aircraft", "ADIZ", "Taiwan", "2025-07-01")}
    coast_guard = "尖閣周辺に中国公船５隻、領海には海警船２隻\n\n"
    assert facts_of(coast_guard) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-07-01")
    }
    own_clause = "尖閣諸島周辺で１日、中国海警局の船４隻が接続水域を航行し、2隻が領海に侵入した。"
    assert facts_of(own_clause) == {
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01"),
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-07-01"),
    }


def test_a_lists_lines_are_in_the_zone_its_announcement_names() -> None:
    text = (
        "第１１管区海上保安本部によると、尖閣諸島周辺の接続水域で確認された中国海警局の船は"
        "次の通り。\n▽２８日　三隻\n▽２９日　４隻（うち１隻が領海に侵入）\n▽３０日　２隻\n"
        "このほか中国海軍の艦艇２隻が宮古海峡を通過した。\n"
    )
    assert facts_of(text) == {
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-28"),
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-29"),
        (1, "official ships", "territorial waters", "Senkaku Islands", "2025-06-29"),
        (2, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-30"),
    }
    chinese = "海巡署公布本週中國海警船在金門限制水域的動態如下：\n・週一：4艘\n・週二：2艘\n"
    assert {fact[:4] for fact in facts_of(chinese)} == {
        (4, "official ships", "restricted waters", "Kinmen"),
        (2, "official ships", "restricted waters", "Kinmen"),
    }


def test_a_zone_is_of_the_place_named_with_it() -> None:
    text = "海巡署金門分署今天表示，中國海警船2艘今天上午闖入馬祖南竿限制水域。"
    assert facts_of(text) == {(2, "official ships", "restricted waters", "Matsu", "2025-07-01")}


def test_a_report_without_a_day_does_not_take_a_later_sentences() -> None:
    text = "海巡署表示，中國海警船3艘闖入金門限制水域。金門花蓮兩地的特展自6月28日起舉行。"
    assert facts_of(text) == {(3, "official ships", "restricted waters", "Kinmen", "2025-07-01")}


def test_a_past_figures_day_is_not_the_day_of_a_report_that_writes_none() -> None:
    text = "海巡署表示，中國海警船3艘闖入金門限制水域。共軍前天曾派出共機32架次擾台。"
    assert facts_of(text) == {(3, "official ships", "restricted waters", "Kinmen", "2025-07-01")}


def test_a_report_told_by_the_hours_it_runs_to_places_its_totals_around_taiwan() -> None:
    chinese = "國防部今天表示，自昨日上午6時起至今晨6時止，监测到共艦6艘。"
    assert facts_of(chinese) == {(6, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01")}
    japanese = "台湾国防部は１日、同日午前６時までに中国軍機１１機を確認したと発表した。"
    assert facts_of(japanese) == {(11, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_craft_pointed_back_to_are_not_counted_again() -> None:
    japanese = (
        "尖閣諸島周辺の接続水域で１日、中国海警局の船４隻が航行し、うち２隻が領海に侵入した。"
        "２隻は約３時間後に領海を出て、再び接続水域を航行している。"
    )
    assert facts_of(japanese) == {
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01"),
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-07-01"),
    }
    chinese = "海巡署表示，中國海警船3艘今天闖入金門限制水域，該3艘隨後駛離禁止水域。"
    assert facts_of(chinese) == {(3, "official ships", "restricted waters", "Kinmen", "2025-07-01")}


def test_a_number_made_vague_by_its_neighbour_is_no_count() -> None:
    assert facts_of("國防部今天表示，偵獲共機數十架次在臺海周邊活動。") == set()
    total = "國防部今天表示，偵獲共機總數26架次在臺海周邊活動。"
    assert facts_of(total) == {(26, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}
    assert facts_of("台湾国防部は１日、２４時間に中国軍機数十機を台湾周辺で確認した。") == set()


def test_civil_craft_and_their_take_offs_are_no_craft_of_chinas() -> None:
    text = (
        "國防部今天表示，偵獲共機7架次在臺海周邊活動。受颱風影響，松山機場今天取消航班12架次。"
        "基隆港今天有郵輪2艘靠港。"
    )
    assert facts_of(text) == {(7, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}
    japanese = (
        "台湾国防部は１日、２４時間に中国軍機７機を台湾周辺で確認した。"
        "那覇空港では同じ日、航空機１５０機が発着した。"
    )
    assert facts_of(japanese) == {(7, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_a_weekday_alone_is_that_day_of_the_week_up_to_publication() -> None:
    # 2025-07-01 is a Tuesday.
    japanese = "台湾国防部によると、中国軍機１５機が日曜日、台湾周辺で活動した。"
    assert facts_of(japanese) == {(15, "aircraft", "around Taiwan", "Taiwan", "2025-06-29")}
    chinese = "日本海上保安廳表示，中國海警船2艘週一駛入釣魚台周邊領海。"
    assert facts_of(chinese) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-06-30")
    }


def test_each_count_of_a_sentence_takes_the_day_written_in_its_own_clause() -> None:
    chinese = (
        "日本海上保安厅周二说，中国海警船周日有3艘在钓鱼岛毗连区航行；周一2艘在毗连区航行，"
        "其中1艘进入领海；周二则有4艘在毗连区航行。"
    )
    assert facts_of(chinese) == {
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-29"),
        (2, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-30"),
        (1, "official ships", "territorial waters", "Senkaku Islands", "2025-06-30"),
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01"),
    }
    each = (
        "尖閣諸島周辺の接続水域で確認された中国海警局の船は、２８日と２９日が各３隻、３０日が２隻。"
    )
    assert facts_of(each) == {
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-28"),
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-29"),
        (2, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-30"),
    }
    windows = (
        "國防部今天表示，今晨6時前24小時偵獲共機30架次；前一個24小時（29日6時至30日6時）"
        "則有共機12架次在臺海周邊活動。"
    )
    assert facts_of(windows) == {
        (30, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (12, "aircraft", "around Taiwan", "Taiwan", "2025-06-30"),
    }


def test_the_next_and_the_day_before_count_from_the_day_told() -> None:
    text = (
        "台湾国防部によると、２９日午前６時までの２４時間に中国軍機２０機が台湾周辺で確認された。"
        "翌日の発表では軍機は１１機だった。"
    )
    assert facts_of(text) == {
        (20, "aircraft", "around Taiwan", "Taiwan", "2025-06-29"),
        (11, "aircraft", "around Taiwan", "Taiwan", "2025-06-30"),
    }
    record = (
        "國防部今天表示，偵獲共機40架次在臺海周邊活動，創單日新高。共軍演習次日，國軍提高戒備。"
    )
    assert {fact[4] for fact in facts_of(record)} == {"2025-07-01"}


def test_a_zone_named_twice_has_the_place_named_before_each() -> None:
    japanese = (
        "海巡署によると、１日午前、中国海警局の船３隻が金門島周辺の制限水域に、"
        "別の２隻が馬祖列島付近の制限水域にそれぞれ入った。"
    )
    assert facts_of(japanese) == {
        (3, "official ships", "restricted waters", "Kinmen", "2025-07-01"),
        (2, "official ships", "restricted waters", "Matsu", "2025-07-01"),
    }


def test_a_part_in_the_zone_of_its_total_is_inside_its_fact() -> None:
    chinese = "海巡署表示，中國海警船4艘今天駛入金門限制水域，其中2艘一度進入禁止水域。"
    assert facts_of(chinese) == {(4, "official ships", "restricted waters", "Kinmen", "2025-07-01")}
    joined = "海巡署表示，中國海警船5艘今天闖入金門限制水域，並有1艘一度深入禁止水域。"
    assert facts_of(joined) == {(5, "official ships", "restricted waters", "Kinmen", "2025-07-01")}
    japanese = (
        "中国海警局の船４隻が１日、金門島周辺の制限水域に進入した。うち２隻は禁止水域まで入った。"
    )
    assert facts_of(japanese) == {
        (4, "official ships", "restricted waters", "Kinmen", "2025-07-01")
    }
    other_zone = (
        "尖閣諸島周辺の接続水域で１日、中国海警局の船４隻が航行した。うち２隻が領海に侵入した。"
    )
    assert facts_of(other_zone) == {
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01"),
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-07-01"),
    }


def test_a_sector_of_the_adiz_is_the_adiz_however_it_is_joined() -> None:
    japanese = (
        "台湾国防部は１日、中国軍機２０機が同日、台湾周辺で活動し、このうち１２機が北部や中部、"
        "南西部の空域に入ったと発表した。"
    )
    assert (12, "aircraft", "ADIZ", "Taiwan", "2025-07-01") in facts_of(japanese)
    chinese = "國防部今天表示，偵獲共機10架次，其中6架次分別自北部及西南空域逾越中線。"
    assert (6, "aircraft", "ADIZ", "Taiwan", "2025-07-01") in facts_of(chinese)


def test_the_sea_outside_a_zone_is_not_the_zone() -> None:
    text = "海巡署表示，中國海警船2艘今天闖入金門禁止水域，另有1艘海警船在限制水域外海徘徊。"
    assert facts_of(text) == {(2, "official ships", "restricted waters", "Kinmen", "2025-07-01")}


def test_the_same_waters_pointed_back_to_are_the_zone_named_before() -> None:
    text = (
        "尖閣諸島周辺の接続水域で１日、中国海警局の船２隻が航行しているのが確認された。"
        "同水域ではこのほかに海警船１隻も航行していた。"
    )
    assert (1, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01") in facts_of(
        text
    )
    chinese = "日本海上保安廳表示，中國海警船2艘今天駛入釣魚台領海，當時鄰接區內共有4艘中國海警船。"
    assert facts_of(chinese) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-07-01"),
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01"),
    }


def test_others_craft_own_a_count_only_as_its_clauses_subject() -> None:
    objects = (
        "日本海上保安厅说，中国海警船周一有2艘在钓鱼岛毗连区航行，一度接近日本渔船；"
        "周二则有3艘在毗连区航行。"
    )
    assert (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01") in facts_of(
        objects
    )
    source = "海上保安庁によると、１日には尖閣諸島周辺の接続水域で４隻が確認された。"
    assert facts_of(source) == {
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01")
    }
    subject = "國軍今天在臺海周邊實施聯合操演，出動戰機20架次、艦艇10艘。"
    assert facts_of(subject) == set()


def test_an_ordinal_of_the_year_and_an_old_days_aside_leave_the_days_scope() -> None:
    ordinal = (
        "尖閣諸島の領海に１日、中国海警局の船２隻が侵入した。領海侵入は今年１５件目。"
        "接続水域では、別の中国海警局の船２隻も航行している。"
    )
    assert (2, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01") in facts_of(
        ordinal
    )
    chinese = (
        "海巡署表示，中國海警船3艘今天闖入金門限制水域，這是今年第42度。另有2艘進入馬祖限制水域。"
    )
    assert (2, "official ships", "restricted waters", "Matsu", "2025-07-01") in facts_of(chinese)
    aside = (
        "尖閣諸島周辺の領海で１日、中国海警局の船２隻が航行した。"
        "２月１日に中国で海警法が施行されてから初めての連続侵入となった。"
        "このほか接続水域でも別の２隻が航行していた。"
    )
    assert (2, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01") in facts_of(
        aside
    )


def test_a_day_that_a_period_is_told_as_of_ends_the_period() -> None:
    text = (
        "尖閣周辺で今年、中国海警局の船が確認された日数は３０日時点で１８０日となった。"
        "確認された船は延べ７００隻を超え、領海侵入は延べ３０隻だった。"
    )
    assert facts_of(text) == set()


def test_a_line_of_its_own_in_a_report_tells_the_reports_counts() -> None:
    listed = (
        "台湾国防部の発表（１日午前６時までの２４時間）\n・中国軍機：２０機（うち無人機２機）\n"
        "・中国艦艇：６隻\n・中間線越え、防空識別圏進入：１１機\n"
    )
    assert facts_of(listed) == {
        (20, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
        (11, "aircraft", "median line", "Taiwan", "2025-07-01"),
        (11, "aircraft", "ADIZ", "Taiwan", "2025-07-01"),
    }
    headline = (
        "中国軍機３３機・艦艇１２隻　台湾周辺、２３機がＡＤＩＺ進入\n\n"
        "台湾国防部が１日発表した。１日午前６時までの２４時間の動き。"
    )
    assert facts_of(headline) == {
        (33, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (12, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
        (23, "aircraft", "ADIZ", "Taiwan", "2025-07-01"),
    }
    forecast = (
        "共軍恐大規模演習 研判出動逾百架次\n\n國安局長今天表示，共軍可能在台灣周邊舉行演習。"
        "國防部今天表示，今晨6時前24小時偵獲共機5架次。"
    )
    assert facts_of(forecast) == {(5, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_taiwans_defence_ministry_reports_the_days_counts() -> None:
    text = (
        "台湾国防部は１日、中国の気球２個を６月３０日から１日にかけて台湾海峡上空で確認したと発表した。"
        "同じ期間に中国軍機８機と艦艇５隻の活動も確認した。"
    )
    assert facts_of(text) == {
        (2, "balloons", "around Taiwan", "Taiwan", "2025-07-01"),
        (8, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }
    chinas = "中國國防部今天表示，解放軍派出戰機20架次參加演訓。"
    assert facts_of(chinas) == set()


def test_a_total_after_its_parts_and_a_list_that_ends_included_are_breakdowns() -> None:
    total = (
        "國防部今天表示，今晨6時前24小時，殲-16戰機8架、轟-6K轟炸機4架，合計12架次進入西南空域。"
    )
    assert facts_of(total) == {(12, "aircraft", "ADIZ", "Taiwan", "2025-07-01")}
    included = (
        "台湾国防部は１日、中国軍機計５０機が同日、台湾の防空識別圏に進入したと発表した。"
        "Ｊ１６戦闘機３６機やＨ６爆撃機１２機などが含まれた。"
    )
    assert facts_of(included) == {(50, "aircraft", "ADIZ", "Taiwan", "2025-07-01")}
    headline = "共機43架次擾台\n\n國防部今天表示，共軍今天派出殲-16戰機24架次等共43架次，進入我西南防空識別區。"
    assert facts_of(headline) == {(43, "aircraft", "ADIZ", "Taiwan", "2025-07-01")}


def test_more_than_a_number_is_the_number_and_of_the_n_m_is_a_part() -> None:
    text = "國防部今天表示，今晨6時前24小時偵獲逾30架次共機及十餘艘共艦在臺海周邊活動。"
    assert facts_of(text) == {
        (30, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (10, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }
    among = (
        "台湾国防部周二表示，截至当天早上6时的24小时内，共侦测到18架次解放军军机。"
        "台方指出，18架次中有11架次越过海峡中线。"
    )
    assert facts_of(among) == {
        (18, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (11, "aircraft", "median line", "Taiwan", "2025-07-01"),
    }
    none = "國防部今天表示，偵獲共機5架次、共艦8艘，且無任何架次逾越中線。"
    assert facts_of(none) == {
        (5, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }


def test_taiwans_own_and_survey_craft_are_no_chinese_craft() -> None:
    text = (
        "台湾国防部は１日、２４時間に中国軍機２１機を台湾周辺で確認した。台湾海軍の艦艇７隻も周辺の"
        "海域で監視に当たった。このほか、中国の調査船１隻が航行した。"
    )
    assert facts_of(text) == {(21, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_a_clause_opened_before_a_count_holds_its_zones() -> None:
    bracket = (
        "二、共機：27架次（逾越中線進入北部、中部、西南及東部空域計18架次）。\n三、共艦：9艘。\n"
    )
    text = "中共解放軍臺海周邊海、空域動態\n一、時間：6月30日0600時至7月1日0600時止。\n" + bracket
    assert facts_of(text) == {
        (27, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (18, "aircraft", "median line", "Taiwan", "2025-07-01"),
        (18, "aircraft", "ADIZ", "Taiwan", "2025-07-01"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }
    part = "國防部今天表示，24小時內共機計28架次在台海周邊活動，其中進入北部、西南空域者21架次。"
    assert facts_of(part) == {
        (28, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (21, "aircraft", "ADIZ", "Taiwan", "2025-07-01"),
    }


def test_craft_seen_in_a_zone_uncounted_leave_it_to_the_counts_after() -> None:
    text = (
        "尖閣諸島周辺の接続水域で中国海警局の船が連日確認された。"
        "確認されたのは２９日が４隻、３０日が３隻。"
    )
    assert facts_of(text) == {
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-29"),
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-30"),
    }


def test_the_sentence_after_is_of_the_last_counts_day() -> None:
    text = (
        "台湾国防部によると、２９日午前６時までの２４時間に確認された中国艦艇は１４隻、"
        "翌３０日朝までの２４時間では艦艇１２隻だった。同日の軍用機は４７機だった。"
    )
    assert (47, "aircraft", "around Taiwan", "Taiwan", "2025-06-30") in facts_of(text)


def test_a_total_said_to_include_craft_is_no_part() -> None:
    text = (
        "台湾国防部によると、１日朝までの２４時間には、無人機を含む軍機３７機と艦艇１０隻が"
        "確認された。"
    )
    assert facts_of(text) == {
        (37, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (10, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }


def test_a_list_before_nado_is_the_counts_noun_when_nothing_after_names_craft() -> None:
    text = (
        "中国軍は１日、台湾周辺の海域に向けて弾道ミサイルやロケット弾など少なくとも２７発を"
        "発射したと、台湾国防部が明らかにした。"
    )
    assert facts_of(text) == {(27, "missiles", "around Taiwan", "Taiwan", "2025-07-01")}


def test_during_it_opening_a_clause_is_no_period() -> None:
    text = (
        "我國海巡署艦艇今天執行釣魚台護漁任務，期間遭日本巡視船2艘跟監。"
        "同時，日本海上保安廳確認有中國海警船3艘在釣魚台鄰接區航行。"
    )
    assert facts_of(text) == {
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01")
    }


def test_a_craft_named_after_qizhong_without_a_count_takes_the_zones_after_it() -> None:
    text = (
        "國防部今天指出，昨日上午6時起至今晨，共偵獲共機6架次、共艦3艘及無人機1架，"
        "其中無人機經台灣東南方進入東南空域。"
    )
    assert facts_of(text) == {
        (6, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (3, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
        (1, "drones", "ADIZ", "Taiwan", "2025-07-01"),
    }


def test_a_sentence_naming_the_reports_24_hours_reports_its_counts() -> None:
    text = (
        "国防部によると、３０日朝までの２４時間でも中国軍機は２１機、艦艇は１１隻を数えており、"
        "展開は少なくとも３日間にわたって続いている。"
    )
    assert facts_of(text) == {
        (21, "aircraft", "around Taiwan", "Taiwan", "2025-06-30"),
        (11, "navy vessels", "around Taiwan", "Taiwan", "2025-06-30"),
    }


def test_craft_the_next_total_includes_are_inside_it() -> None:
    text = (
        "台湾の国防部は１日、中国軍の無人機１機が同日未明、台湾の東部海域を周回したと発表した。"
        "この無人機を含め、同日午前６時までの２４時間では軍機１２機と艦艇７隻が確認された。"
    )
    assert facts_of(text) == {
        (12, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }


def test_craft_that_entered_with_no_zone_named_entered_the_last_one() -> None:
    text = (
        "台湾国防部は１日、中国軍機５６機が同日、台湾の防空識別圏に進入したと発表した。"
        "前日の３０日には３９機が進入していた。"
    )
    assert facts_of(text) == {
        (56, "aircraft", "ADIZ", "Taiwan", "2025-07-01"),
        (39, "aircraft", "ADIZ", "Taiwan", "2025-06-30"),
    }


def test_a_days_bracket_between_two_counts_keeps_them_one_list() -> None:
    text = "海巡署表示，中國海警船昨（30）日5艘、今（1）日2艘先後駛入金門限制水域。"
    assert facts_of(text) == {
        (5, "official ships", "restricted waters", "Kinmen", "2025-06-30"),
        (2, "official ships", "restricted waters", "Kinmen", "2025-07-01"),
    }


def test_a_day_right_after_a_counts_subject_is_the_counts_own() -> None:
    balloons = "台湾国防部は１日、中国の気球２個が３０日夜、台湾海峡の中間線を越えたと発表した。"
    assert facts_of(balloons) == {(2, "balloons", "median line", "Taiwan", "2025-06-30")}
    ships = "海巡署は１日、中国海警局の船３隻が日曜日に金門の制限水域に侵入したと発表した。"
    assert facts_of(ships) == {(3, "official ships", "restricted waters", "Kinmen", "2025-06-29")}


def test_a_headline_space_before_a_count_ends_the_piece_that_counted() -> None:
    text = (
        "中共氣球5顆擾台 2顆越過海峽中線\n\n"
        "國防部今（1）日公布，偵獲中共空飄氣球5顆，其中2顆越過海峽中線。"
    )
    assert facts_of(text) == {
        (5, "balloons", "around Taiwan", "Taiwan", "2025-07-01"),
        (2, "balloons", "median line", "Taiwan", "2025-07-01"),
    }


def test_a_bare_count_opening_a_clause_or_a_headline_piece_is_part_of_the_count_before() -> None:
    kinmen = {(3, "official ships", "restricted waters", "Kinmen", "2025-07-01")}
    body = "中國海警船3艘今天闖入金門限制水域，1艘一度駛入禁止水域。"
    assert facts_of(body) == kinmen
    assert facts_of("陸海警船3艘闖金門限制水域 1艘駛入禁止水域") == kinmen


def test_counts_of_one_clause_share_its_place_outside_the_list() -> None:
    text = (
        "中俄轟炸機聯合巡航 共機9架次擾台\n\n"
        "日本防衛省表示，中國轟-6轟炸機2架與俄羅斯圖-95轟炸機2架昨天在東海及對馬海峽上空"
        "聯合飛行。另據國防部今天公布，今晨6時前24小時偵獲共機9架次。"
    )
    assert facts_of(text) == {(9, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_a_part_of_a_day_after_the_days_report_is_no_second_fact() -> None:
    text = (
        "國防部表示，昨天上午6時至今天上午6時，偵獲共機40架次、共艦12艘；"
        "今天上午6時至下午4時，再偵獲共機30架次。"
    )
    assert facts_of(text) == {
        (40, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (12, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }
    alone = "國防部晚間表示，今天上午6時至晚間6時，共偵獲共機50架次。"
    assert facts_of(alone) == {(50, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_a_sum_of_two_days_is_cumulative() -> None:
    text = "國防部今天公布，今晨6時前24小時偵獲共機60架次。國防部說，兩日合計共機逾120架次。"
    assert facts_of(text) == {(60, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_a_figure_only_recalled_as_the_day_before_gives_no_fact() -> None:
    text = (
        "國防部今天公布，今晨6時前24小時偵獲共機20架次。"
        "前一天，解放軍火箭軍向台灣周邊海域發射了5枚彈道導彈。"
    )
    assert facts_of(text) == {(20, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_craft_said_not_to_be_in_the_total_are_a_fact_of_their_own() -> None:
    text = (
        "台湾国防部は１日、同日午前６時までの２４時間に中国軍機１２機を確認したと発表した。"
        "また、軍機の数には含まれない無人機２機が台湾南西部の防空識別圏に入った。"
    )
    assert facts_of(text) == {
        (12, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (2, "drones", "ADIZ", "Taiwan", "2025-07-01"),
    }
    chinese = "國防部今天公布，今晨6時前24小時偵獲共機12架次；另有不含在上述架次內的無人機2架進入西南空域。"
    assert (2, "drones", "ADIZ", "Taiwan", "2025-07-01") in facts_of(chinese)


def test_a_past_count_the_story_counts_its_days_from_is_no_fact() -> None:
    text = (
        "台湾国防部は１日、中国軍機１５機を台湾周辺で確認したと発表した。"
        "大規模演習で軍機７０機を確認した翌日以降、活動は減っていた。"
    )
    assert facts_of(text) == {(15, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_a_plan_or_possibility_told_after_a_list_of_counts_covers_the_list() -> None:
    text = (
        "関係筋によると、中国軍は台湾周辺で演習を計画しており、"
        "艦艇１５隻と軍機８０機を投入する可能性がある。台湾国防部は警戒を強めている。"
    )
    assert facts_of(text) == set()


def test_rockets_are_missiles() -> None:
    text = "台湾国防部は１日、中国軍が同日、ロケット弾１０発を台湾周辺の海域に向けて発射したと発表した。"
    assert facts_of(text) == {(10, "missiles", "around Taiwan", "Taiwan", "2025-07-01")}


def test_other_countries_forces_and_the_militia_are_not_chinas_craft() -> None:
    text = (
        "國防部今天公布，今晨6時前24小時偵獲共機9架次、共艦5艘。"
        "另有俄羅斯軍機3架飛經台灣東部外海，國防部並指出，有約30艘海上民兵船在周邊海域聚集。"
    )
    assert facts_of(text) == {
        (9, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }


def test_any_ships_take_their_kind_from_their_owner() -> None:
    text = "海巡署今天表示，昨天偵獲中國海警3個編隊6艘艦船在台灣東部外海航行。"
    assert facts_of(text) == {(6, "official ships", "around Taiwan", "Taiwan", "2025-06-30")}


def test_a_figure_once_reported_on_a_written_day_is_that_days_unless_a_record() -> None:
    text = (
        "國防部今天公布，今晨6時前24小時偵獲共機8架次。"
        "國防部並提到，週六（28日）曾有中共氣球1顆越過海峽中線。"
    )
    assert (1, "balloons", "median line", "Taiwan", "2025-06-28") in facts_of(text)
    record = (
        "國防部今天公布，今晨6時前24小時偵獲共機8架次。"
        "國防部上週四曾報告單日偵獲共機40架次，為今年以來第二高。"
    )
    assert facts_of(record) == {(8, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_the_body_reads_a_headlines_figure_in_full() -> None:
    loose = (
        "演習第二日 共機45架次越線\n\n國防部今天公布，今晨6時前24小時偵獲共機45架次、共艦12艘，"
        "其中30架次逾越中線進入北部及西南空域。"
    )
    assert (45, "aircraft", "median line", "Taiwan", "2025-07-01") not in facts_of(loose)
    part = (
        "共機30架次擾台 國防部：無人機3架繞台\n\n國防部今天表示，今晨6時前24小時偵獲共機30架次"
        "（其中無人機3架次繞行台灣東部）、共艦7艘。"
    )
    assert facts_of(part) == {
        (30, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }
    two_days = (
        "國防部：過去兩個24小時 共機分別11、23架次\n\n國防部今天一併公布兩日動態："
        "29日6時至30日6時，偵獲共機11架次；30日6時至1日6時，偵獲共機23架次。"
    )
    assert facts_of(two_days) == {
        (11, "aircraft", "around Taiwan", "Taiwan", "2025-06-30"),
        (23, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
    }


def test_a_headline_takes_the_day_of_craft_placed_in_a_zone_and_outside_it() -> None:
    text = (
        "東部戰區：向台島以東海域發射8枚導彈\n\n台灣國防部當晚證實，共軍昨天共發射8枚彈道飛彈，"
        "落入台灣周邊海域，其中3枚落入日本專屬經濟區。"
    )
    assert facts_of(text) == {(8, "missiles", "around Taiwan", "Taiwan", "2025-06-30")}


def test_islands_place_restricted_waters_in_or_out_of_the_list() -> None:
    text = (
        "海巡署今天表示，今天上午有中國海警船2艘在烏坵周邊限制水域航行，"
        "另有3艘在北竿東北方進入限制水域，均經廣播驅離。"
    )
    assert facts_of(text) == {(3, "official ships", "restricted waters", "Matsu", "2025-07-01")}


def test_waters_south_of_taiwan_are_not_the_south_china_sea() -> None:
    text = (
        "國防部今天公布，今晨6時前24小時偵獲共機30架次。國防部並稱，"
        "30日當天解放軍向台島以北及以南海域發射遠程火箭彈12枚。"
    )
    assert (12, "missiles", "around Taiwan", "Taiwan", "2025-06-30") in facts_of(text)


def test_zones_after_an_uncounted_part_are_no_counts() -> None:
    text = (
        "台湾国防部は１日、中国軍の艦艇６隻が台湾周辺の海域で活動しているのを確認したと発表した。"
        "軍機は約１５機で、一部が台湾北部のＡＤＩＺに入ったという。"
    )
    assert facts_of(text) == {
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
        (15, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
    }
    chinese = "國防部今天公布，今晨6時前24小時偵獲共機18架次，其中部分進入西南空域。"
    assert facts_of(chinese) == {(18, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


def test_a_total_at_two_places_is_told_by_its_counts_per_place() -> None:
    text = (
        "台湾の海巡署は１日、中国海警局の船計５隻が金門と馬祖の周辺で制限水域に入ったと発表した。"
        "金門に３隻、馬祖に２隻だった。"
    )
    assert facts_of(text) == {
        (3, "official ships", "restricted waters", "Kinmen", "2025-07-01"),
        (2, "official ships", "restricted waters", "Matsu", "2025-07-01"),
    }
    chinese = "海巡署今天表示，中國海警船共5艘闖入金馬限制水域，其中金門3艘、馬祖2艘。"
    assert facts_of(chinese) == {
        (3, "official ships", "restricted waters", "Kinmen", "2025-07-01"),
        (2, "official ships", "restricted waters", "Matsu", "2025-07-01"),
    }


def test_a_coast_guard_tally_by_day_stays_in_the_waters_named() -> None:
    text = (
        "尖閣諸島周辺の接続水域で１日も中国海警局の船４隻が確認された。"
        "同水域での確認は２００日連続。３０日は２隻だった。"
    )
    assert facts_of(text) == {
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01"),
        (2, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-30"),
    }
    chinese = (
        "海巡署今天指出，週六（28日）有陸海警船3艘侵入金門限制水域，週日（29日）2艘，"
        "今天上午又有4艘從料羅灣外海駛入。"
    )
    assert facts_of(chinese) == {
        (3, "official ships", "restricted waters", "Kinmen", "2025-06-28"),
        (2, "official ships", "restricted waters", "Kinmen", "2025-06-29"),
        (4, "official ships", "restricted waters", "Kinmen", "2025-07-01"),
    }


def test_another_group_in_the_same_waters_on_the_same_day_adds_to_the_first() -> None:
    text = (
        "海巡署今日表示，上午9時有2艘中國海警船侵入南竿東南方限制水域，"
        "10時許另有三艘進入東引北方限制水域，均派艦驅離。"
    )
    assert facts_of(text) == {(5, "official ships", "restricted waters", "Matsu", "2025-07-01")}


def test_ships_inside_territorial_waters_over_a_night_are_a_fact_of_the_day_they_entered() -> None:
    text = (
        "日本海上保安廳今天稱，中國海警船2艘於29日夜至30日上午侵入釣魚島附近日本領海。"
        "兩船於今天上午離開領海。另有3艘中國海警船在毗連區航行。"
    )
    assert facts_of(text) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-06-29"),
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01"),
    }


def test_a_zone_told_of_the_earlier_of_two_windows_is_a_fact_of_that_windows_day() -> None:
    text = (
        "國防部今天公布兩日共軍動態：29日上午6時至30日上午6時，偵獲共機21架次、共艦7艘；"
        "30日上午6時至今天上午6時，偵獲共機12架次、共艦6艘。其中前一時段有14架次逾越中線。"
    )
    assert facts_of(text) == {
        (21, "aircraft", "around Taiwan", "Taiwan", "2025-06-30"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-06-30"),
        (12, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
        (14, "aircraft", "median line", "Taiwan", "2025-06-30"),
    }
    japanese = (
        "台湾国防部は１日、６月２９日午前６時から３０日午前６時までの２４時間に中国軍機２１機、"
        "３０日午前６時から１日午前６時までの２４時間に軍機１２機を確認したと発表した。"
        "前半の２４時間では、このうち１４機が中間線を越えた。"
    )
    assert facts_of(japanese) == {
        (21, "aircraft", "around Taiwan", "Taiwan", "2025-06-30"),
        (12, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (14, "aircraft", "median line", "Taiwan", "2025-06-30"),
    }


def test_yesterday_is_counted_from_the_newsrooms_date_not_utcs() -> None:
    # 21:45 UTC on 4 March is 05:45 on 5 March in Taipei and 06:45 in Tokyo.
    late = datetime(2025, 3, 4, 21, 45, tzinfo=UTC)
    text = (
        "國防部今天上午公布，前天上午6時至昨天上午6時，偵獲共機17架次、共艦5艘，"
        "其中11架次逾越中線，進入北部空域。"
    )
    assert facts_of(text, local_publication(late, "zh")) == {
        (17, "aircraft", "around Taiwan", "Taiwan", "2025-03-04"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-03-04"),
        (11, "aircraft", "median line", "Taiwan", "2025-03-04"),
        (11, "aircraft", "ADIZ", "Taiwan", "2025-03-04"),
    }
    assert local_publication(late, "ja").date().isoformat() == "2025-03-05"
    assert local_publication(datetime(2025, 3, 4, 15, 30), "ja").date().isoformat() == "2025-03-05"
    assert local_publication(datetime(2025, 3, 4, 15, 30), "zh").date().isoformat() == "2025-03-04"


def test_each_place_in_a_list_of_zones_and_counts_holds_its_own_count() -> None:
    text = (
        "海巡署今天表示，中國海警船今晨分別闖入金門及馬祖海域，"
        "其中金門限制水域3艘、馬祖北竿限制水域2艘，海巡署派艇監控。"
    )
    assert facts_of(text) == {
        (3, "official ships", "restricted waters", "Kinmen", "2025-07-01"),
        (2, "official ships", "restricted waters", "Matsu", "2025-07-01"),
    }
    simplified = (
        "台湾海巡署称，大陆海警船今天进入金门、马祖海域，其中马祖限制水域约2艘、金门限制水域4艘。"
    )
    assert facts_of(simplified) == {
        (2, "official ships", "restricted waters", "Matsu", "2025-07-01"),
        (4, "official ships", "restricted waters", "Kinmen", "2025-07-01"),
    }


def test_a_count_during_an_exercise_is_of_the_day_written_not_a_period() -> None:
    text = (
        "據國防部消息，解放軍東部戰區1日在台島周邊軍演期間，向台灣東部外海發射遠程火箭彈6枚，"
        "其中部分落入台灣所稱的毗連區內。"
    )
    assert facts_of(text) == {(6, "missiles", "around Taiwan", "Taiwan", "2025-07-01")}
    period = "國防部統計，春節期間共機擾台累計逾90架次。"
    assert facts_of(period) == set()


# --- cjkB: days joined before それぞれ or 分別 each take the count ---
def test_days_joined_before_sorezore_or_fenbie_each_take_the_count() -> None:
    japanese = "尖閣諸島周辺の領海で、中国海警局の船が２８日と２９日にそれぞれ２隻確認された。"
    assert facts_of(japanese) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-06-28"),
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-06-29"),
    }
    chinese = "海巡署指出，中國海警船28日和29日分別有3艘闖入金門限制水域。"
    assert facts_of(chinese) == {
        (3, "official ships", "restricted waters", "Kinmen", "2025-06-28"),
        (3, "official ships", "restricted waters", "Kinmen", "2025-06-29"),
    }


# --- cjkB: a headline's floor over the body's exact figure is no fact ---
def test_a_headlines_floor_over_the_bodys_exact_figure_is_no_fact() -> None:
    chinese = "共機逾40架次擾台\n\n國防部今天表示，至今晨6時止24小時內，偵獲共機43架次、共艦9艘。"
    assert facts_of(chinese) == {
        (43, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }
    japanese = (
        "中国軍機４０機以上　台湾周辺で確認\n\n"
        "台湾国防部は１日、同日午前６時までの２４時間に中国軍機４２機を台湾周辺で確認したと発表した。"
    )
    assert facts_of(japanese) == {(42, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}
    # A floor the body gives exactly is the body's figure itself.
    exact = "共機逾40架次擾台\n\n國防部今天表示，至今晨6時止24小時內，偵獲共機40架次。"
    assert facts_of(exact) == {(40, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


# --- cjkB: a figure once reported (曾) is its day's when its clause writes the day ---
def test_a_figure_once_reported_is_its_days_when_its_clause_writes_the_day() -> None:
    dated = "國防部並說，週日（29日）解放軍軍機曾有38架次，其中20架次逾越中線。"
    assert facts_of(dated) == {
        (38, "aircraft", "around Taiwan", "Taiwan", "2025-06-29"),
        (20, "aircraft", "median line", "Taiwan", "2025-06-29"),
    }
    undated = "國防部並說，解放軍軍機曾有38架次逾越中線。"
    assert facts_of(undated) == set()


# --- cjkB: "台岛周边" is Beijing's wording for around Taiwan ---
def test_taidao_zhoubian_is_around_taiwan() -> None:
    text = "新华社消息，东部战区海军今天在台岛周边海域组织演练，出动驱逐舰6艘。"
    assert facts_of(text) == {(6, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01")}


# --- cjkB: craft pointed back to that entered a zone on a day of their own ---
def test_craft_pointed_back_to_that_entered_on_their_own_day_are_that_days_fact() -> None:
    text = (
        "尖閣諸島周辺の接続水域で３０日、中国海警局の船２隻が航行しているのが確認された。"
        "２隻は２９日に領海に侵入し、約２時間後に出ていた。"
    )
    assert facts_of(text) == {
        (2, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-30"),
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-06-29"),
    }
    # Leaving on no day of their own is the same craft again: no fact.
    left = (
        "尖閣諸島周辺の領海に３０日、中国海警局の船２隻が侵入した。２隻は約２時間後に領海を出た。"
    )
    assert facts_of(left) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-06-30")
    }


# --- cjkC: "官方船隻" is the daily report's official ships ---
def test_guanfang_chuanzhi_are_official_ships() -> None:
    text = "台灣國防部今天上午公布，過去24小時在台灣周邊偵測到共機12架次、軍艦5艘及官方船隻2艘。"
    assert facts_of(text) == {
        (12, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
        (2, "official ships", "around Taiwan", "Taiwan", "2025-07-01"),
    }


# --- cjkC: a figure recalled as "在前一天" is no fact (rule 8) ---
def test_a_figure_recalled_after_a_preposition_and_qianyitian_gives_no_fact() -> None:
    text = "分析人士指出，共軍在前一天出動45架次後，今天兵力明顯減少。"
    assert facts_of(text) == set()


# --- cjkC: ships whose stay is over count on the day they entered (rule 9) ---
def test_a_chinese_stay_that_is_over_is_the_entry_days_fact() -> None:
    published = datetime(2025, 7, 3, 9, 0, tzinfo=UTC)  # a Thursday
    over = (
        "海上保安廳今天說，3艘中國海警船週一（30日）晚間侵入釣魚台周邊領海，"
        "直到今天清晨才駛出領海。"
    )
    assert facts_of(over, published) == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-06-30")
    }
    # Not told gone again: the stay stands where the report stands.
    standing = "海上保安廳今天說，3艘中國海警船週一（30日）晚間侵入釣魚台周邊領海，至今仍在航行。"
    assert facts_of(standing, published) == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-07-03")
    }


# --- cjkD: "同日" is the day written last before it ---
def test_tongjitsu_is_the_day_named_last_not_the_first_of_the_sentence_before() -> None:
    text = (
        "台湾南部で２８日に大規模な停電が起き、台湾電力は３０日、全面復旧を宣言した。"
        "台湾国防部は同日、台湾周辺で中国軍機１７機を確認したと発表した。"
    )
    assert facts_of(text) == {(17, "aircraft", "around Taiwan", "Taiwan", "2025-06-30")}
    # A day the sentence writes itself still wins.
    own_day = text.replace("国防部は同日", "国防部は２９日")
    assert facts_of(own_day) == {(17, "aircraft", "around Taiwan", "Taiwan", "2025-06-29")}


# --- cjkD: "同日" skips a plan's day to come ---
def test_tongjitsu_skips_a_planned_day_that_reads_as_last_year() -> None:
    text = (
        "台湾の安全保障当局は３０日、中国軍が８月３日に始まる演習を計画していると明らかにした。"
        "台湾国防部は同日、台湾周辺で中国軍機１１機を確認したと発表した。"
    )
    assert facts_of(text) == {(11, "aircraft", "around Taiwan", "Taiwan", "2025-06-30")}


# --- cjkD: Sukhoi and Tupolev types written without a hyphen are a breakdown ---
def test_unhyphenated_sukhoi_counts_are_parts_of_one_total() -> None:
    text = (
        "台湾国防部は３０日、中国軍のSu35戦闘機６機とJ11戦闘機３機が"
        "台湾の防空識別圏に進入したと発表した。"
    )
    assert facts_of(text) == {(9, "aircraft", "ADIZ", "Taiwan", "2025-06-30")}


# --- cjkD: the South China Sea in Japanese ("南シナ海") is outside the list ---
def test_craft_spread_into_the_south_china_sea_are_not_around_taiwan() -> None:
    # The headline's figure is the body's told again, and the body places the ships outside.
    text = (
        "中国軍艦など約６０隻　台湾周辺に展開\n\n"
        "台湾の安全保障当局者は３０日、中国の軍艦や海警局の船など約６０隻が"
        "台湾周辺から南シナ海にかけて展開していると明らかにした。"
        "国防部の定例発表では、台湾周辺の中国軍機は１２機だった。"
    )
    assert facts_of(text) == {(12, "aircraft", "around Taiwan", "Taiwan", "2025-06-30")}


# --- cjkD: a count the day's is compared with is a past figure ---
def test_a_count_compared_with_is_no_fact_of_the_day() -> None:
    text = (
        "國防部今天上午公布，偵獲共機12架次、共艦6艘在台灣周邊。"
        "與前一天的27架次相比，共機明顯減少。"
    )
    assert facts_of(text) == {
        (12, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }
    japanese = (
        "台湾国防部は１日、台湾周辺で中国軍機１２機を確認したと発表した。"
        "前日の２７機と比べて大幅に減った。"
    )
    assert facts_of(japanese) == {(12, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


# --- a text of many 同日 reads in time linear in its length ---
def test_a_text_of_many_same_days_reads_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each "同日" looks back for its day, and its text's one line was read whole for a caption's
    counts: looking through all the text before each made a feed's text of 4,000 of them (156,000
    characters) take minutes. The work of reading it doubles as the text does (it took 3.5 times
    as long for each doubling); `bench/long_articles.py --hostile-only` measures the rate."""
    sentence = "演習は２８日に始まり、３０日に終わった。同日、中国軍機１２機が台湾周辺で活動した。"
    fact = (12, "aircraft", "around Taiwan", "Taiwan", "2025-06-30")
    assert reading_work(monkeypatch, sentence * 500, {fact}) * 2.5 > reading_work(
        monkeypatch, sentence * 1_000, {fact}
    )


def reading_work(monkeypatch: pytest.MonkeyPatch, text: str, facts: set[Fact]) -> int:
    """The characters looked over in reading `text`, after checking its facts: each count looks
    over its sentence (so a sentence's work is its length squared), each sentence's day over the
    text it is given before it. A reader that looks back over all the text before each count or
    day does four times the work for twice the text; a linear one, twice."""
    work = [0]

    def counted_counts(sentence: str, told: str | None) -> list[Count]:
        work[0] += len(sentence) ** 2
        return plain_counts(sentence, told)

    def counted_day(sentence: str, *args: Any) -> date | None:
        work[0] += len(args[-1]) if len(args) == 4 else 0
        return report_day(sentence, *args)

    monkeypatch.setattr(cjk_counts, "_plain_counts", counted_counts)
    monkeypatch.setattr(cjk_incursions, "report_day", counted_day)
    assert facts_of(text) == facts
    monkeypatch.undo()
    return work[0]


# --- cjkE: "今年初めて" names a first, not a period: the counts after it are the day's ---
def test_first_this_year_leaves_the_next_count_to_the_day() -> None:
    text = (
        "１日朝、尖閣諸島の沖合で中国海警局の船２隻が日本の領海に入った。"
        "領海への侵入は今年初めてとなる。接続水域でも別の海警船４隻が航行している。"
    )
    assert facts_of(text) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-07-01"),
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01"),
    }
    # The start of the year, by contrast, is a period: its total is no fact of the day.
    total = "今年初めから、尖閣諸島の接続水域で中国海警局の船延べ３１０隻が確認された。"
    assert facts_of(total) == set()


# --- cjkF: a Japanese era's year is a period, as "2024年" is ---
def test_a_year_of_a_japanese_era_makes_its_totals_no_facts() -> None:
    answer = (
        "令和五年中に尖閣諸島周辺の接続水域で確認された中国海警局の船舶は延べ千二百隻余りで、"
        "同年に我が国の領海へ侵入した船舶は延べ三十隻余りである。"
    )
    assert facts_of(answer) == set()
    assert facts_of("平成３０年の１年間に、尖閣諸島の領海に中国公船延べ７０隻が侵入した。") == set()
    # A full date written in the era is a day, not a period.
    dated = "令和７年７月１日、尖閣諸島周辺の接続水域で中国海警局の船３隻が航行した。"
    assert facts_of(dated) == {
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01")
    }


# --- cjkF: ships still in a zone "as of" a later day are that day's ---
def test_ships_still_inside_as_of_a_later_day_are_counted_on_that_day() -> None:
    text = (
        "３０日午後に尖閣諸島の沖で日本の領海へ入った中国海警局の船２隻は、"
        "１日午前８時現在も領海内にとどまっている。接続水域では別の海警船１隻が航行している。"
    )
    assert facts_of(text) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-07-01"),
        (1, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01"),
    }


@pytest.mark.parametrize("pointed", ["二隻は", "この二隻は", "その２隻は"])
def test_ships_pointed_back_to_by_a_kanji_count_are_still_a_stay_of_the_later_day(
    pointed: str,
) -> None:
    # Okinawan papers and newsletters write the count in kanji ("二隻は五日正午の時点でも").
    text = (
        "尖閣諸島の周辺で三日朝、中国海警局の船二隻が日本の領海に侵入した。"
        f"{pointed}五日正午の時点でも領海内にとどまっており、巡視船が退去を求めている。"
    )
    assert facts_of(text, datetime(2025, 7, 5, 4, 0, tzinfo=UTC)) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-07-05"),
    }


# --- cjkG: ships that have "not yet left" are a stay not over, a fact of the day it stands at ---
def test_ships_not_yet_gone_from_territorial_waters_are_a_fact_of_the_day_they_are_still_in() -> (
    None
):
    entered = "日方表示，3艘中國海警船於30日晚間闖入釣魚台周邊領海，並持續在島嶼附近徘徊，"
    assert facts_of(entered + "至今天上午仍未離開。") == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-07-01")
    }
    assert facts_of(entered + "截至今天中午尚未驶离。") == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-07-01")
    }
    # Gone again, the stay is over: the day they entered, as before.
    assert facts_of(entered + "今天上午才駛離。") == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-06-30")
    }
    # Told to leave is not gone: the stay is still not over.
    assert facts_of(entered + "至今天上午仍在領海內，日方巡視船要求其離開。") == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-07-01")
    }


# --- a feed's endless sentence or its thousands of lines read in time linear in their length ---
def test_an_endless_sentence_of_counts_reads_in_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each count looks back over its sentence (its clause, owner, period): one sentence of
    95,000 characters of counts took minutes (28,500: 20 s), and so did one line read whole for
    a caption's counts. Read in pieces of at most 1,000 characters, the work doubles as the text
    does (`bench/long_articles.py --hostile-only` measures the rate)."""
    clause = "共机12架次、共舰3艘进入防空识别区，"
    fact = (12, "aircraft", "ADIZ", "Taiwan", "2025-07-01")
    assert reading_work(monkeypatch, clause * 1_000, {fact}) * 2.5 > reading_work(
        monkeypatch, clause * 2_000, {fact}
    )


def test_thousands_of_lines_without_a_full_stop_read_in_linear_time() -> None:
    """Each line without a full stop is split at its spaces: searching all the text before it
    for spaces made 20,000 such lines (320,000 characters) take minutes (48,000: 4 s); it
    ends now (`bench/long_articles.py --hostile-only` measures the rate)."""
    line = "\n国防部 共机16架次 共舰5艘"
    assert facts_of(line * 20_000) == {
        (16, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }


# --- cjkI: the coast guard's "艦艇" are official ships ---
def test_coast_guard_vessels_written_with_the_navy_word_are_official_ships() -> None:
    text = "據日方通報，30日，中國海警2502艦艇編隊等3艘艦艇駛入釣魚台周邊領海巡航。"
    assert facts_of(text) == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-06-30")
    }
    # The same word after no coast guard is still the navy's vessels.
    navy = "國防部今天表示，昨日上午6時至今晨6時，偵獲共軍5艘艦艇在台海周邊活動。"
    assert facts_of(navy) == {(5, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01")}


# --- cjkI: a past day's figure the next clause calls a record is recalled, no fact ---
def test_a_record_recalled_from_a_past_day_gives_no_fact_and_a_streak_record_stays() -> None:
    recalled = (
        "國防部今天公布，昨日上午6時至今晨6時偵獲共機20架次在台海周邊活動。"
        "議員指出，上週四演習時單日共機98架次擾台，刷新歷年紀錄。"
    )
    assert facts_of(recalled) == {(20, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}
    # A streak's record is no figure of the day's craft: the day's ships stay a fact.
    streak = (
        "日本海上保安廳說，前天有3艘中國海警船在釣魚台周邊鄰接區航行，"
        "連續第88天被確認，創下最長紀錄。"
    )
    assert facts_of(streak) == {
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-29")
    }


# --- cjkK: a window written with a wave dash runs to the day after the dash ---
def test_a_window_written_with_a_wave_dash_is_the_day_it_runs_to() -> None:
    listed = (
        "台湾国防部の毎朝の発表を記録しておく。\n\n"
        "・集計時間：30日午前6時～1日午前6時\n"
        "・中国軍機：14機（うち9機が中間線を越えた）\n"
        "・中国艦艇：6隻"
    )
    assert facts_of(listed) == {
        (14, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (9, "aircraft", "median line", "Taiwan", "2025-07-01"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }
    # The window may close the sentence, after its count, in the other dash.
    bracketed = "台湾国防部の発表では、中国軍機１４機が台湾周辺で確認された（２９日午前６時〜３０日午前６時）。"
    assert facts_of(bracketed) == {(14, "aircraft", "around Taiwan", "Taiwan", "2025-06-30")}


# --- cjkK: a stay not over "as of" a day ("３０日の時点でも") is that day's fact ---
def test_ships_still_inside_as_of_a_later_day_are_that_days_fact() -> None:
    for as_of in ("３０日の時点でも", "３０日午後の時点でも"):
        text = (
            f"２８日に尖閣諸島周辺の領海に入った中国海警局の船３隻は、{as_of}領海にとどまっている。"
        )
        assert facts_of(text) == {
            (3, "official ships", "territorial waters", "Senkaku Islands", "2025-06-30")
        }


# --- cjkK: an announcement made "the same day" is of the day the one before was made ---
def test_an_announcement_made_the_same_day_is_of_the_earlier_announcements_day() -> None:
    text = (
        "防衛省は３０日、中国軍の無人機１機が２９日に与那国島と台湾の間を通過したと発表した。"
        "台湾の国防部も同日、台湾周辺で中国軍機２１機と艦艇７隻を確認したと発表した。"
    )
    assert facts_of(text) == {
        (21, "aircraft", "around Taiwan", "Taiwan", "2025-06-30"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-06-30"),
    }
    # "同日" after days of events, none of them an announcement's, is still the last of them.
    events = (
        "演習は２８日に始まり、２９日に終わった。"
        "同日、中国海警局の船２隻が尖閣諸島周辺の接続水域を航行したと海保が発表した。"
    )
    assert facts_of(events) == {
        (2, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-29")
    }


# --- cjkM: a count a later clause places whole is the total around Taiwan and the crossing ---
def test_a_count_all_of_which_crossed_is_also_the_total_around_taiwan() -> None:
    japanese = (
        "台湾国防部は１日、中国軍の無人機４機を確認し、いずれも台湾海峡の中間線を越えて"
        "南部の空域に入ったと発表した。"
    )
    assert facts_of(japanese) == {
        (4, "drones", "around Taiwan", "Taiwan", "2025-07-01"),
        (4, "drones", "median line", "Taiwan", "2025-07-01"),
        (4, "drones", "ADIZ", "Taiwan", "2025-07-01"),
    }
    chinese = "國防部今日公布，偵獲共機7架次，均越過海峽中線。"
    assert facts_of(chinese) == {
        (7, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (7, "aircraft", "median line", "Taiwan", "2025-07-01"),
    }
    # A count that itself crossed is the crossing alone.
    assert facts_of("國防部今日公布，共機7架次越過海峽中線。") == {
        (7, "aircraft", "median line", "Taiwan", "2025-07-01")
    }


# --- cjkM: twenty and thirty written as one character (廿, 卅) ---
def test_a_count_written_with_twenty_or_thirty_as_one_character() -> None:
    text = "國防部今日公布，偵獲共機卅五架次、共艦廿艘在台海周邊活動。"
    assert facts_of(text) == {
        (35, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (20, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }


# --- cjkR: a bracket that reads or glosses the word before a count says nothing about it ---
def test_a_gloss_or_reading_between_a_noun_and_its_count_is_read_past() -> None:
    drones = (
        "台湾の国防部によると、１日朝６時までの２４時間に、中国軍の無人機（＝パイロットが"
        "いない飛行機）３機が台湾の防空識別圏に入りました。"
    )
    assert facts_of(drones) == {(3, "drones", "ADIZ", "Taiwan", "2025-07-01")}
    ships = (
        "台湾の国防部によると、１日朝６時までの２４時間に、中国の軍艦（ぐんかん）６隻と、"
        "海警局（かいけいきょく＝海で取り締まりをする役所）の船２隻が台湾のまわりで見つかりました。"
    )
    assert facts_of(ships) == {
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
        (2, "official ships", "around Taiwan", "Taiwan", "2025-07-01"),
    }


# --- cjkR: a part with a generic counter opening its sentence is of the total before it ---
def test_a_part_counted_with_a_generic_counter_in_the_next_sentence() -> None:
    text = (
        "台湾の国防部は１日、中国の気球５個を台湾周辺で確認したと発表した。"
        "このうち２個は中間線を越えて北へ飛んだ。"
    )
    assert facts_of(text) == {
        (5, "balloons", "around Taiwan", "Taiwan", "2025-07-01"),
        (2, "balloons", "median line", "Taiwan", "2025-07-01"),
    }


# --- cjkR: a dateline's place is where the story was filed, not where the craft were ---
def test_a_dateline_names_no_place_of_the_craft() -> None:
    text = (
        "【石垣】台湾国防部は１日、中国軍が同日、台湾の東部の周辺海域に向けて"
        "弾道ミサイル計４発を発射したと発表した。"
    )
    assert facts_of(text) == {(4, "missiles", "around Taiwan", "Taiwan", "2025-07-01")}
    filed_far = "【与那国】台湾国防部は１日、中国軍機１２機を台湾周辺で確認したと発表した。"
    assert facts_of(filed_far) == {(12, "aircraft", "around Taiwan", "Taiwan", "2025-07-01")}


# --- cjkR: day numbers spaced from their words, as the business press writes them ---
def test_spaced_day_numbers_are_days() -> None:
    text = (
        "國防部今 (1) 日公布，6 月 30 日上午 6 時至 1 日上午 6 時，偵獲共機 15 架次。"
        "國防部上週六 (28 日) 亦曾偵獲共機 41 架次。"
    )
    assert facts_of(text) == {
        (15, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (41, "aircraft", "around Taiwan", "Taiwan", "2025-06-28"),
    }


# --- cjkR: missiles named by their model after the count, into an island's set waters ---
def test_missiles_named_by_model_into_the_waters_off_the_island() -> None:
    text = "東部戰區今日稱，火箭軍向台島以南預定海域實施實射，共發射3枚東風-11A型導彈。"
    assert facts_of(text) == {(3, "missiles", "around Taiwan", "Taiwan", "2025-07-01")}


# --- cjkR: the plain verbs of children's news: craft "come" and are "found" ---
def test_craft_that_come_to_a_zone_every_day_leave_it_to_the_next_count() -> None:
    text = (
        "尖閣諸島の近くの接続水域に、中国の海警局の船がほとんど毎日来ています。"
        "１日も３隻が見つかりました。"
    )
    assert facts_of(text) == {
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-01")
    }


# --- cjkR: craft placed near a line are no part of the report's total around Taiwan ---
def test_craft_placed_near_the_median_line_give_no_fact() -> None:
    text = "國防部今日公布，偵獲共機9架次、共艦5艘，另有共軍運輸機1架次在中線附近飛行，未逾越中線。"
    assert facts_of(text) == {
        (9, "aircraft", "around Taiwan", "Taiwan", "2025-07-01"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-07-01"),
    }


# --- cjkT: a figure reached by a bare day ("２８日までに") is a period's, not the day's ---
def test_a_figure_reached_by_a_bare_day_gives_no_fact() -> None:
    text = (
        "第１１管区海上保安本部のまとめでは、尖閣諸島周辺の接続水域での確認は２０日までに"
        "２９０日に達し、領海侵入は延べ３５隻にのぼった。"
    )
    assert facts_of(text) == set()


def test_a_report_window_that_ends_by_an_hour_still_gives_the_days_facts() -> None:
    text = "台湾国防部は３０日、同日午前６時までに中国軍機２３機を台湾周辺で確認したと発表した。"
    assert facts_of(text) == {(23, "aircraft", "around Taiwan", "Taiwan", "2025-06-30")}


# --- cjkT: a notice's numbered heading names the zone of the indented rows below it ---
def test_a_notices_numbered_headings_give_their_zones_to_the_rows_below() -> None:
    text = (
        "尖閣諸島周辺海域の状況\n\n"
        "１．領海に侵入した中国海警局に所属する船舶\n"
        "　６月３０日（月）　３隻\n"
        "２．接続水域内で確認された中国海警局に所属する船舶\n"
        "　６月３０日（月）　５隻（うち機関砲搭載　２隻）\n"
        "３．海上保安庁の対応\n"
        "　巡視船６隻により警告を実施。"
    )
    assert facts_of(text) == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-06-30"),
        (5, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-30"),
    }


def test_a_numbered_heading_with_its_own_figure_is_no_section_heading() -> None:
    text = (
        "今週の話題\n\n"
        "１．尖閣周辺、きょうも中国海警局の船３隻を確認\n"
        "　接続水域での航行は続いている。\n"
        "２．台湾の話題\n"
        "　台湾の農家が来日した。"
    )
    assert {f[2] for f in facts_of(text)} <= {"contiguous zone"}


# --- cjkU: a day's count before a sum over days is that day's fact, not the sum's part ---
def test_a_days_count_before_a_sum_over_several_days_is_its_own_fact() -> None:
    text = (
        "海巡署今日表示，中國海警船2艘今天上午駛入金門限制水域，約一小時後離去。"
        "海巡署說，昨日傍晚亦有中國海警船3艘在料羅灣外進入限制水域，兩天合計共5艘次。"
    )
    assert facts_of(text) == {
        (2, "official ships", "restricted waters", "Kinmen", "2025-07-01"),
        (3, "official ships", "restricted waters", "Kinmen", "2025-06-30"),
    }
