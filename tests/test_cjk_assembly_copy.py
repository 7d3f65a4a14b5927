"""Japanese assembly minutes, resolutions and party papers as an analyst reads them: dates
written in kanji numerals are the days of the counts, a stay still going on the next sentence
is counted where it stands, another state's ADIZ acronym is no Taiwan zone, and a place that
opens an assembly's, a port's or a camp's name is no mention of the place."""

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb

KANJI = "〇一二三四五六七八九"


def facts_of(text: str, published: datetime) -> set[Fact]:
    return cjk_facts_at(text, published)


def kanji(number: int) -> str:
    """A number from 1 to 31 as minutes write it: 十, 十一, 二十四."""
    tens, ones = divmod(number, 10)
    return (
        (KANJI[tens] if tens > 1 else "") + ("十" if tens else "") + (KANJI[ones] if ones else "")
    )


def links(text: str) -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), "japan")
    return [(m.text, m.entity_id) for m in mentions]


def test_a_date_in_kanji_numerals_is_the_day_of_the_counts() -> None:
    minutes = (
        "◆７番　去る六月十日、台湾国防部は、同日午前六時までの二十四時間に中国軍機二十四機、"
        "艦艇九隻が台湾周辺で活動したと発表しております。"
    )
    assert facts_of(minutes, datetime(2024, 6, 14, 2, tzinfo=UTC)) == {
        (24, "aircraft", "around Taiwan", "Taiwan", "2024-06-10"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2024-06-10"),
    }


def test_this_months_day_in_kanji_is_the_reports_day_not_the_months_total() -> None:
    question = (
        "◆３番　今月十二日、台湾国防部は、中国軍機約二十機が台湾の防空識別圏に進入したと"
        "発表しました。"
    )
    assert facts_of(question, datetime(2022, 12, 16, 2, tzinfo=UTC)) == {
        (20, "aircraft", "ADIZ", "Taiwan", "2022-12-12")
    }


@given(st.integers(1, 12), st.integers(1, 28))
def test_any_kanji_date_reads_as_the_same_date_in_digits(month: int, day: int) -> None:
    published = datetime(2025, month, day, 3, tzinfo=UTC) + timedelta(days=2)
    sentence = "{}、中国海警局の船舶四隻が尖閣諸島周辺の我が国領海に侵入した。"
    in_kanji = facts_of(sentence.format(f"去る{kanji(month)}月{kanji(day)}日"), published)
    in_digits = facts_of(sentence.format(f"{month}月{day}日"), published)
    written = date(2025, month, day).isoformat()
    expected = {(4, "official ships", "territorial waters", "Senkaku Islands", written)}
    assert in_kanji == in_digits == expected


def test_ships_still_inside_as_of_a_later_day_are_that_days_fact() -> None:
    report = (
        "第十一管区海上保安本部によると、９日午前、尖閣諸島の魚釣島沖で中国海警局の船２隻が"
        "日本の領海に侵入した。２隻は日本漁船１隻に接近する動きを見せ、１０日午前８時現在も"
        "領海内にとどまっている。"
    )
    assert facts_of(report, datetime(2025, 6, 10, 2, tzinfo=UTC)) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-06-10")
    }
    gone = report.replace("１０日午前８時現在も領海内にとどまっている", "同日午後に領海を出た")
    assert facts_of(gone, datetime(2025, 6, 10, 2, tzinfo=UTC)) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-06-09")
    }


def test_another_states_adiz_acronym_is_no_taiwan_zone() -> None:
    brief = (
        "▽韓国軍合同参謀本部によると、中国軍機５機とロシア軍機６機が韓国の防空識別圏"
        "（ＫＡＤＩＺ）に進入し、その後離脱した。"
    )
    assert facts_of(brief, datetime(2024, 11, 8, 10, tzinfo=UTC)) == set()


def test_a_place_opening_an_assemblys_ports_or_camps_name_is_no_mention_of_it() -> None:
    found = links(
        "石垣市議会は意見書を可決した。沖縄県議会も審議する。石垣港にクルーズ船が寄港し、"
        "陸上自衛隊石垣駐屯地に部隊が配備された。石垣市は説明を求めた。"
    )
    assert ("石垣市", "ishigaki") in found  # the city itself, named alone (the island's one city)
    assert [text for text, _ in found].count("石垣市") == 1
    assert not [text for text, _ in found if text in ("石垣", "沖縄県")]
    assert not links("宮古島市議会は意見書を可決した。")  # the city's assembly, not the island


def test_a_capital_before_a_building_in_it_is_the_city_though_it_acted_before() -> None:
    found = links(
        "台北は「交流の深化を歓迎する」として前向きに検討する考えを示した。訪問団は同日夜、"
        "台北の老舗ホテルで開かれた交流会に出席した。"
    )
    assert found == [("台北", "taiwan"), ("台北", "taipei")]


def test_japanese_names_of_parties_and_groupings_link() -> None:
    found = links(
        "公明・斉藤代表が訪中。日本共産党の田村智子委員長は批判した。"
        "東南アジア諸国連合（ＡＳＥＡＮ）に学ぶべきだ。"
    )
    assert {
        ("公明", "komeito"),
        ("日本共産党", "japanese-communist-party"),
        ("東南アジア諸国連合", "asean"),
    } <= set(found)
    assert not [link for link in found if link[1] in ("japan", "southeast-asia")]


def test_a_one_character_country_before_a_states_noun_is_the_country() -> None:
    found = links(
        "トランプ米政権が増額を迫る。米紙ニューヨーク・タイムズが報じた。ヘグセス米国防長官と"
        "電話で会談した。台紙に印紙を貼る。新米が出回る。"
    )
    assert [text for text, entity in found if entity == "united-states"] == ["米"] * 3
    assert not [link for link in found if link[1] in ("taiwan", "india")]
