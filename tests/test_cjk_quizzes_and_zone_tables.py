"""Learners' material of ja-blind23 and zh-blind23: a quiz's answer counts the craft its
question asks of, where the question asks; a coast guard's table with a column a zone gives each
cell's count in its column's zone, a stay once (rule 9); and a seminar's reading of a past day's
record ("（10/15）の153機は…最多記録である") is background."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import cjk_facts_at


@given(st.integers(1, 40), st.integers(1, 20))
def test_a_quizs_answer_is_in_its_questions_waters(aircraft: int, ships: int) -> None:
    text = (
        "一問一答で確認！今週の安全保障ニュース\n"
        "Q1　台湾国防部は４日、中国軍機が何機、台湾周辺で活動したと発表したか。\n"
        f"A1　{aircraft}機。\n\n"
        "Q2　防衛省統合幕僚監部が３日に発表した、沖縄本島と宮古島の間を通過した中国海軍の艦艇は"
        "何隻か。\n"
        f"A2　{ships}隻（ルーヤンⅢ級駆逐艦１隻ほか）。領海への侵入はなかった。\n"
    )
    assert cjk_facts_at(text, datetime(2022, 10, 5, 10, 0, tzinfo=UTC)) == {
        (aircraft, "aircraft", "around Taiwan", "Taiwan", "2022-10-04")
    }


def _sightings(entered: int, other: int, still: int) -> str:
    return (
        "【日本時事專題】釣魚台周邊海警船動態整理\n資料來源：日本海上保安廳。尖閣諸島＝釣魚台列嶼。\n\n"
        "日期　　｜鄰接區　　　　　｜領海　　　　　　　｜備註\n"
        f"9/2（二）｜海警船{entered}艘駛入　｜－　　　　　　　　｜\n"
        f"9/3（三）｜－　　　　　　　｜另一批{other}艘侵入　　｜在領海內停留至9/6（六）傍晚始駛出\n"
        f"9/7（日）｜截至中午仍有{still}艘｜－　　　　　　　　｜尚未離開\n\n"
        "▲今年中國海警船在鄰接區被確認的天數已達247天（累計）。"
    )


@given(st.integers(1, 6), st.integers(1, 6), st.integers(1, 6))
def test_a_coast_guards_table_gives_each_cell_its_columns_zone_and_a_stay_once(
    entered: int, other: int, still: int
) -> None:
    expected = {
        (other, "official ships", "territorial waters", "Senkaku Islands", "2025-09-03"),
        (still, "official ships", "contiguous zone", "Senkaku Islands", "2025-09-07"),
    }
    # Ships still there as many as entered are the same ships, on the later day (rule 9).
    if entered != still:
        expected.add(
            (entered, "official ships", "contiguous zone", "Senkaku Islands", "2025-09-02")
        )
    published = datetime(2025, 9, 7, 9, 0, tzinfo=UTC)
    assert cjk_facts_at(_sightings(entered, other, still), published) == expected


def test_a_past_days_record_named_after_its_count_is_background() -> None:
    text = (
        "安全保障論ゼミ\n台湾国防部によると、22日は中国軍機12機を確認した。\n"
        "・2024B（10/15）の153機は、１日の機数としての最多記録である。"
    )
    assert cjk_facts_at(text, datetime(2024, 10, 23, 7, 0, tzinfo=UTC)) == {
        (12, "aircraft", "around Taiwan", "Taiwan", "2024-10-22")
    }
