"""Japanese business and economic press (the ja-blind29 passages' classes of miss): a
one-character country prefixed to a statistic, a market noun, a foreign firm or place, or a
secretary's title ("米CPI", "米ハイテク株", "英ロイター通信", "米商務長官", "対米投資"); the
katakana and ministry names the knowledge base lacked; and the day of a report whose lede puts
an exercise's start between its teller's day and "同日午前6時まで", or writes its day in kanji
after its source."""

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str) -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 14), "japan")
    return [(m.text, m.entity_id) for m in mentions]


@given(
    country=st.sampled_from(
        [("米", "united-states"), ("英", "united-kingdom"), ("豪", "australia")]
    ),
    noun=st.sampled_from(
        ["CPI", "4月の消費者物価指数", "金利", "系ファンド", "ハイテク株", "新型艦", "財務長官"]
    ),
    opening=st.sampled_from(["焦点は", "市場では、前日の", "", "来週は"]),
)
def test_a_country_prefixed_to_a_market_noun_is_the_country(
    country: tuple[str, str], noun: str, opening: str
) -> None:
    abbreviation, country_id = country
    links = _links(f"東京株式市場は続伸した。{opening}{abbreviation}{noun}に関心が集まる。")
    assert (abbreviation, country_id) in links


def test_toward_a_country_is_the_country_but_its_dollar_and_rice_are_not() -> None:
    assert ("米", "united-states") in _links("半導体の対米投資をてこに税率の引き下げを求めた。")
    for text in ("円は対米ドルで下落した。", "米ドル建ての債券が売られた。", "米価が上がった。"):
        assert ("米", "united-states") not in _links(text)


def test_a_word_ending_in_a_countrys_character_keeps_it() -> None:
    # 駐米 (posted to the US) and 億豪ドル are words of their own, read by other rules.
    assert ("豪", "australia") not in _links("総事業費は最大100億豪ドル規模とされる。")


def test_the_business_press_names_a_state_a_park_and_a_ministry_in_katakana_and_kanji() -> None:
    links = _links(
        "TSMCは米アリゾナ州の工場に装置を搬入した。アリゾナでは第2工場も建つ。"
        "新竹サイエンスパークでは訓練があった。中国商務省は輸出規制を発表した。"
    )
    assert {
        ("米", "united-states"),
        ("アリゾナ州", "arizona"),
        ("アリゾナ", "arizona"),
        ("新竹サイエンスパーク", "hsinchu-science-park"),
        ("中国商務省", "china-mofcom"),
    } <= set(links)


def test_the_same_days_window_ends_on_the_tellers_day_past_an_exercises_start() -> None:
    text = (
        "中国軍が台湾包囲演習\n\n台湾国防部は18日、中国軍が17日から台湾を取り囲む形で始めた"
        "合同演習について、同日午前6時までの24時間に軍機89機、艦艇21隻を確認したと発表した。"
    )
    facts = cjk_facts_at(text, datetime(2026, 3, 18, 7, tzinfo=UTC))
    assert (89, "aircraft", "around Taiwan", "Taiwan", "2026-03-18") in facts
    assert not [f for f in facts if f[4] == "2026-03-17"]


def test_a_kanji_day_after_the_reports_source_is_its_day() -> None:
    text = (
        "尖閣沖の中国海警船\n\n第十一管区海上保安本部によると、十日、沖縄県石垣市の尖閣諸島周辺の"
        "接続水域で、中国海警局の船四隻が航行しているのが確認された。"
    )
    facts = cjk_facts_at(text, datetime(2025, 2, 10, 5, tzinfo=UTC))
    assert facts == {(4, "official ships", "contiguous zone", "Senkaku Islands", "2025-02-10")}
