"""Readings of the fiftieth CJK set's kinds of copy (Chinese retail and consumer-goods papers,
Japanese insurance-trade press), in passages of their own: a sea's name does not end inside
the words of its produce or its shore ("日本海鮮", "東海岸"); Hong Kong press, known by its 本港,
calls the mainland 內地; a Singaporean leader's misspelt Han name is him; the 海 of 領海 lists no
service before 海警; two capitals' ties after 之間 are their governments', a capital's market
and wholesalers its city; a dateline's cities and a press conference's venue are places; an
embassy named after the capital it stands in is that embassy; ships told leaving their waters,
and a stay recalled as the frame of others' acts, are no count of that day."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import cjk_facts_at

from monitor.nlp.analyze import TextToAnalyse, analyse


def _links(text: str, language: str = "zh") -> list[tuple[str, str]]:
    (analysis,) = analyse([TextToAnalyse("t", text, language, None)])
    return [(m.text, m.entity_id) for m in analysis.mentions]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("量販店週末推出「日本海鮮節」，生魚片與帝王蟹買一送一。", "zh"),
        ("今年日本海產對港出口回升，帶子價格回落。", "zh"),
        ("百貨の物産展では日本海産の干物が並んだ。", "ja"),
    ],
)
def test_a_seas_name_ending_inside_a_word_of_its_produce_leaves_the_country(
    text: str, language: str
) -> None:
    links = _links(text, language)
    assert ("日本", "japan") in links
    assert not [link for link in links if link[1] == "sea-of-japan"]


def test_a_coast_after_a_compass_point_holds_no_sea_but_the_sea_itself_stays() -> None:
    assert not [
        link for link in _links("貨櫃在美國東海岸港口積壓。") if link[1] == "east-china-sea"
    ]
    assert ("東海", "east-china-sea") in _links("中國海警船在東海巡航。")
    assert ("日本海", "sea-of-japan") in _links("北韓向日本海發射彈道飛彈。")


def test_hong_kong_press_calling_its_city_this_port_calls_the_mainland_china() -> None:
    text = "【港島商情】訪港內地旅客人均消費下滑，本港藥妝業者直言生意難做。"
    assert ("內地", "china") in _links(text)
    # a port of Japan's before 港口 is no Hong Kong press, and an interior stays unread
    assert not [link for link in _links("往來日本港口的貨輪深入內地。") if link[0] == "內地"]


def test_a_singaporean_leaders_name_misspelt_by_one_character_is_him() -> None:
    text = "新加坡总理黄循财周四会见来访的日本外相。黄循才说，两国将加强粮食安全合作。"
    assert ("黄循才", "lawrence-wong") in _links(text)


def test_the_coast_guard_right_after_territorial_waters_is_read() -> None:
    assert ("海警", "china-coast-guard") in _links("釣魚台領海海警船連續第三天滯留。")
    # a list of services names none of them
    assert not [link for link in _links("陸海空軍聯合演習今日登場。") if link[0] == "空軍"]


def test_two_capitals_trust_is_their_governments_and_their_flights_their_cities() -> None:
    links = _links("分析指出，台北與東京之間的互信正在加深。")
    assert ("台北", "taiwan") in links and ("東京", "japan") in links
    links = _links("台北與東京之間的航班本月增加。")
    assert ("台北", "taipei") in links and ("東京", "tokyo") in links


def test_a_capitals_market_and_wholesalers_are_the_city_where_it_also_acts() -> None:
    text = "北京宣布恢復進口日本水產，東京隨即表示歡迎。東京築地市場的批發商大為振奮。"
    links = _links(text)
    assert ("東京", "japan") in links and ("東京", "tokyo") in links


def test_a_datelines_cities_and_a_press_conferences_venue_are_places() -> None:
    text = (
        "【ニューヨーク・東京】中国軍の演習を受け、海上保険料が上昇した。北京の中国外務省で"
        "会見した報道官は影響を否定した。東京は北京に懸念を伝えた。"
    )
    (analysis,) = analyse([TextToAnalyse("t", text, "ja", None)])
    first_tokyo, *_ = [m for m in analysis.mentions if m.text == "東京"]
    first_beijing, *_ = [m for m in analysis.mentions if m.text == "北京"]
    assert first_tokyo.entity_id == "tokyo"
    assert first_beijing.entity_id == "beijing"
    assert ("東京", "japan") in _links(text, "ja")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("北京の日本大使館は在留邦人に注意を呼びかけた。", "ja"),
        ("北京的日本大使館提醒僑民注意安全。", "zh"),
    ],
)
def test_an_embassy_named_after_the_capital_it_stands_in_is_that_embassy(
    text: str, language: str
) -> None:
    assert ("日本大使館", "embassy-of-japan-in-china") in _links(text, language)


def test_a_country_before_an_embassy_in_no_named_capital_stays_the_country() -> None:
    assert ("日本", "japan") in _links("日本大使館は在留邦人に注意を呼びかけた。", "ja")


AFTER_THE_FIFTH = datetime(2025, 7, 6, 0, 0, tzinfo=UTC)


def test_ships_told_leaving_their_waters_are_no_count_of_the_day_they_left() -> None:
    text = (
        "尖閣の領海に居座った海警船３隻、５日に退去\n\n"
        "第１１管区海上保安本部によると、２日に尖閣諸島周辺の領海に侵入した中国海警局の船３隻は、"
        "５日朝までに領海を出た。５日は接続水域で別の海警局の船４隻が航行した。\n"
        "　３隻が領海内にとどまった間、地元の漁船は出漁を見合わせた。"
    )
    assert cjk_facts_at(text, AFTER_THE_FIFTH) == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-07-02"),
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-05"),
    }


def test_a_demand_that_ships_leave_keeps_their_count() -> None:
    text = "５日、中国海警局の船２隻が尖閣諸島周辺の領海に侵入し、海上保安庁が退去を求めた。"
    assert cjk_facts_at(text, AFTER_THE_FIFTH) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-07-05"),
    }


def test_ships_that_entered_and_left_in_one_sentence_keep_their_count() -> None:
    text = "今天下午有中國海警船三艘闖進金門限制水域，海巡派艦監控，大約一小時後才離開。"
    facts = cjk_facts_at(text, datetime(2025, 7, 5, 12, 0, tzinfo=UTC))
    assert {(f[0], f[2], f[3]) for f in facts} == {(3, "restricted waters", "Kinmen")}
