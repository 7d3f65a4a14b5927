"""Japanese and Chinese incursion facts from the shapes the twenty-sixth CJK set left: a month
written in kanji over a monthly story, a tally of intrusions by incident, a stay dated in kanji
before に and a part of an ADIZ group routed round the island."""

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

from monitor.nlp.cjk_days import report_day
from monitor.nlp.cjk_script import fold

PUBLISHED = datetime(2025, 12, 3, 1, 0, tzinfo=UTC)
KANJI_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
# the days of the week before 24 February 2024: a stay no older than rule 8 allows
KANJI_DAYS = ["十七", "十八", "十九", "二十", "二十一", "二十二", "二十三"]


def facts_of(text: str, published: datetime = PUBLISHED) -> set[Fact]:
    return cjk_facts_at(text, published)


@given(st.sampled_from(KANJI_MONTHS), st.integers(100, 999))
def test_a_headline_of_a_month_in_kanji_gives_no_fact(month: str, number: int) -> None:
    text = (
        f"{month}月共機擾台逾{number}架次 外資同月賣超台股\n\n"
        f"根據國防部每日公布的資料統計，{month}月共機擾台合計達{number}架次。"
    )
    assert facts_of(text) == set()


def test_a_tally_of_intrusions_by_incident_gives_no_fact() -> None:
    text = (
        "広報いしがき　先月の周辺海域の状況\n"
        "■尖閣諸島周辺（第十一管区海上保安本部）\n"
        "　接続水域で中国海警局の船が確認された日：３１日（１日も欠かさず）\n"
        "　領海侵入：２件（延べ４隻）\n"
    )
    assert facts_of(text) == set()


@given(st.sampled_from(KANJI_DAYS))
def test_a_stay_that_is_over_counts_on_its_kanji_entry_day(day: str) -> None:
    published = datetime(2024, 2, 24, 2, 30, tzinfo=UTC)
    entered = date(2024, 2, _kanji_number(day))
    text = (
        "尖閣諸島周辺海域の状況\n"
        f"第十一管区海上保安本部によりますと、{day}日に久場島周辺で領海に侵入した"
        "中国海警局の船二隻は、本日未明、領海の外に出ました。"
    )
    assert facts_of(text, published) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", entered.isoformat())
    }


@given(st.sampled_from(["一日に三回", "三日に一度", "二日に１回"]))
def test_a_kanji_count_of_days_before_ni_is_no_date(rate: str) -> None:
    sentence = fold(f"尖閣諸島周辺では、中国海警局の船が{rate}、領海に侵入している。")
    assert report_day(sentence, date(2024, 2, 16), None) is None


def test_a_part_of_an_adiz_group_routed_round_the_island_is_inside_the_group() -> None:
    text = (
        "台湾国防部の発表によると、本日、中国軍のＪ１６戦闘機８機、Ｈ６Ｋ爆撃機２機が、"
        "台湾南西部の防空識別圏（ＡＤＩＺ）に進入しました。このうちＨ６Ｋ爆撃機２機は、"
        "バシー海峡を通過して太平洋に出た後、台湾東部の沖合を北上したとのことです。"
    )
    assert facts_of(text) == {(10, "aircraft", "ADIZ", "Taiwan", "2025-12-03")}


def _kanji_number(written: str) -> int:
    digits = {n: i + 1 for i, n in enumerate("一二三四五六七八九")}
    tens, _, ones = written.rpartition("十")
    if "十" not in written:
        return digits[written]
    return (digits.get(tens, 1) * 10) + digits.get(ones, 0)
