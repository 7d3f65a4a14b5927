"""Incursion figures in Japanese sports papers and evening tabloids, and in Chinese legal news
quoting the defence ministry (the ja-blind25 and zh-blind25 passages' classes of miss and
extra): breakdowns told as included, drones told apart, milestones, split groups, escorts,
headline totals over days, a ruling's quoted report and a stay in Kinmen's waters."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

JAPAN = datetime(2025, 8, 25, 3, 0, tzinfo=UTC)  # 25 August, noon in Tokyo
TAIPEI = datetime(2024, 10, 30, 8, 0, tzinfo=UTC)  # 30 October, 4 p.m. in Taipei
REPORT = "台湾国防部は25日、同日午前6時までの24時間に中国軍機{a}機と艦艇6隻を台湾周辺で確認したと発表した。"


def day_facts(aircraft: int) -> set[Fact]:
    return {
        (aircraft, "aircraft", "around Taiwan", "Taiwan", "2025-08-25"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-08-25"),
    }


@given(total=st.integers(10, 60), part=st.integers(1, 9))
def test_a_type_told_as_included_in_the_total_is_no_fact(total: int, part: int) -> None:
    for breakdown in (
        f"中国軍機の中には、J16戦闘機{part}機も含まれていた。",
        f"殲16（Ｊ16）戦闘機{part}機のほか、Ｙ８対潜哨戒機や運８電子戦機などが含まれていた。",
    ):
        assert cjk_facts_at(REPORT.format(a=total) + breakdown, JAPAN) == day_facts(total)


@given(drones=st.integers(1, 5))
def test_drones_of_the_total_that_entered_the_adiz_are_a_drones_fact(drones: int) -> None:
    entered = f"このうち無人機{drones}機が台湾東部の防空識別圏（ADIZ）に入ったとしている。"
    headline = f"台湾も「{drones}機がADIZに」\n\n"
    facts = day_facts(20) | {(drones, "drones", "ADIZ", "Taiwan", "2025-08-25")}
    assert cjk_facts_at(REPORT.format(a=20) + entered, JAPAN) == facts
    assert cjk_facts_at(headline + REPORT.format(a=20) + entered, JAPAN) == facts
    # A bracket's part hides the drones in the total, whatever is written after it.
    bracketed = REPORT.format(a=f"20機（うち無人機{drones}機）").replace("機）機", "機）")
    assert cjk_facts_at(bracketed, JAPAN) == day_facts(20)


def test_a_milestone_a_split_group_and_escorts_are_no_counts() -> None:
    milestone = "国防部の関係者は冷静を装うが、軍機が40機を超えたのは約1カ月ぶり。"
    assert cjk_facts_at(REPORT.format(a=43) + milestone, JAPAN) == day_facts(43)
    escorts = "空母「福建」は駆逐艦２隻を伴い、台湾海峡を南から北へ航行したという。"
    assert cjk_facts_at(REPORT.format(a=43) + escorts, JAPAN) == day_facts(43)
    split = (
        "25日、中国海警局の船4隻が金門島の周辺で、台湾が設定する禁止水域に侵入した。"
        "4隻は午前9時ごろから2隻ずつ2方向に分かれ、約1時間半後に出た。"
    )
    assert cjk_facts_at(split, JAPAN) == {
        (4, "official ships", "restricted waters", "Kinmen", "2025-08-25")
    }


@given(saturday=st.integers(10, 40), sunday=st.integers(10, 40))
def test_a_headlines_total_over_the_weekend_is_no_days_fact(saturday: int, sunday: int) -> None:
    text = (
        f"中国軍機、土日で延べ{saturday + sunday}機\n\n"
        f"台湾国防部の発表によると、23日午前6時までの24時間に中国軍機{saturday}機、"
        f"24日午前6時までの24時間には中国軍機{sunday}機が台湾周辺で確認された。"
    )
    assert cjk_facts_at(text, JAPAN) == {
        (saturday, "aircraft", "around Taiwan", "Taiwan", "2025-08-23"),
        (sunday, "aircraft", "around Taiwan", "Taiwan", "2025-08-24"),
    }


@given(fighters=st.integers(1, 20), bombers=st.integers(1, 9), other=st.integers(1, 9))
def test_a_breakdown_by_type_in_two_clauses_is_one_sum_per_zone(
    fighters: int, bombers: int, other: int
) -> None:
    text = (
        "國防部今天另公布，今晨6時前24小時偵獲共艦7艘、公務船2艘；共機部分，"
        f"殲-10戰機{fighters}架次、轟-6K轟炸機{bombers}架次進入西南空域，"
        f"運-9電戰機{other}架次則進入東部空域。"
    )
    assert cjk_facts_at(text, TAIPEI) == {
        (7, "navy vessels", "around Taiwan", "Taiwan", "2024-10-30"),
        (2, "official ships", "around Taiwan", "Taiwan", "2024-10-30"),
        (fighters + bombers + other, "aircraft", "ADIZ", "Taiwan", "2024-10-30"),
    }


def test_a_rulings_quoted_report_is_dated_by_its_window() -> None:
    text = (
        "裁定書指出，檢察官援引國防部本月二十八日公布資料：「十月二十七日上午六時至二十八日上午"
        "六時，偵獲共機二十八架次、共艦十一艘，其中共機十九架次逾越中線進入北部及西南空域」。"
    )
    assert cjk_facts_at(text, TAIPEI) == {
        (28, "aircraft", "around Taiwan", "Taiwan", "2024-10-28"),
        (11, "navy vessels", "around Taiwan", "Taiwan", "2024-10-28"),
        (19, "aircraft", "median line", "Taiwan", "2024-10-28"),
        (19, "aircraft", "ADIZ", "Taiwan", "2024-10-28"),
    }


def test_a_stay_in_kinmens_waters_is_the_day_the_ships_entered() -> None:
    text = (
        "海巡署今（30）日表示，中國海警船3艘昨（29）日傍晚6時許由金門東北方進入限制水域，"
        "海巡艦艇趕抵後持續廣播要求離開；3艘海警船直到今天清晨5時許才駛離。"
    )
    assert cjk_facts_at(text, TAIPEI) == {
        (3, "official ships", "restricted waters", "Kinmen", "2024-10-29")
    }
