"""Taipei's daily report retold by mainland self-media, 觀察者網 and Taiwan's think tanks (the
zh-blind17 passages' classes of miss): the ADIZ in scare quotes, an ordinal's "this month", a
stay that opens with 自, a week's total, "those two drones", "hundreds of sorties" and ships
left out of the figures around Taiwan."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

PUBLISHED = datetime(2025, 7, 1, 1, 0, tzinfo=UTC)  # 1 July, 9 a.m. in Taipei
DAY = "2025-07-01"
SECTORS = ["北部", "中部", "西南", "東部", "东部", "东南"]


def facts_of(text: str) -> set[Fact]:
    return cjk_facts_at(text, PUBLISHED)


@given(
    total=st.integers(20, 60),
    part=st.integers(1, 19),
    sectors=st.lists(st.sampled_from(SECTORS), min_size=1, max_size=4, unique=True),
    quote=st.sampled_from(["“", "「", "『", '"']),
)
def test_the_adiz_in_scare_quotes_is_the_adiz(
    total: int, part: int, sectors: list[str], quote: str
) -> None:
    closing = {"“": "”", "「": "」", "『": "』", '"': '"'}[quote]
    zone = "、".join(sectors[:-1]) + ("及" if len(sectors) > 1 else "") + sectors[-1]
    text = (
        "台湾“国防部”1日上午称，从6月30日上午6时至1日上午6时，"
        f"侦获解放军军机{total}架次、舰艇7艘，其中{part}架次进入台湾{zone}{quote}空域{closing}。"
    )
    assert (part, "aircraft", "ADIZ", "Taiwan", DAY) in facts_of(text)


def test_airspace_in_quotes_beside_another_island_is_no_adiz() -> None:
    text = "國防部1日表示，偵獲共機26架次、共艦7艘，其中運-9情報蒐集機1架次飛往與那國島以南“空域”。"
    assert {fact[2] for fact in facts_of(text)} == {"around Taiwan"}


def test_a_headlines_ordinal_of_the_month_leaves_the_days_ships_the_days() -> None:
    text = (
        "即時評析：中國海警本月第三度闖金門限制水域\n\n"
        "海巡署今（1）日表示，中國海警船4艘今日上午10時許由金門料羅灣東南方侵入限制水域，"
        "海巡署派遣艦艇伴航並廣播驅離。"
    )
    assert facts_of(text) == {(4, "official ships", "restricted waters", "Kinmen", DAY)}


def test_ships_that_stayed_from_a_day_are_that_days_fact() -> None:
    text = (
        "日本海上保安廳今（1）日表示，2艘中國海警船自29日上午侵入釣魚臺周邊的領海，"
        "直至今日下午才駛離，滯留時間逾50小時。"
    )
    assert facts_of(text) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-06-29")
    }


def test_a_weeks_total_is_no_days_fact() -> None:
    text = (
        "本週國防部公布之共軍動態如下：\n"
        "．6月30日（一）：共機18架次、共艦6艘。\n"
        "．7月1日（二）：共機14架次、共艦6艘。\n"
        "本週共機合計32架次、共艦12艘次，較上週略減。"
    )
    assert facts_of(text) == {
        (18, "aircraft", "around Taiwan", "Taiwan", "2025-06-30"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-06-30"),
        (14, "aircraft", "around Taiwan", "Taiwan", DAY),
        (6, "navy vessels", "around Taiwan", "Taiwan", DAY),
    }


def test_drones_pointed_back_to_by_that_are_inside_the_total() -> None:
    text = (
        "台防务部门1日早上称，在台岛周边侦获解放军军机12架次（含无人机2架次）、舰艇6艘。"
        "倒是那2架次无人机值得关注。"
    )
    assert facts_of(text) == {
        (12, "aircraft", "around Taiwan", "Taiwan", DAY),
        (6, "navy vessels", "around Taiwan", "Taiwan", DAY),
    }


def test_hundreds_of_sorties_give_no_count() -> None:
    text = "台湾方面今天上午发布：过去24小时，解放军军机40架次在台湾周边活动。营销号说“上百架次”。"
    assert facts_of(text) == {(40, "aircraft", "around Taiwan", "Taiwan", DAY)}


def test_ships_left_out_of_the_figures_around_taiwan_are_no_fact_of_them() -> None:
    text = (
        "台湾方面今早公布，过去24小时解放军军机7架次在台湾周边活动。"
        "台湾方面还说，同一时段有2艘海警船在东沙岛附近海域活动，但并未列入台湾周边的统计。"
    )
    assert facts_of(text) == {(7, "aircraft", "around Taiwan", "Taiwan", DAY)}
