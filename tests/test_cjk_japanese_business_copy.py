"""Japanese business and economic press, second pass (ja-blind29): a ministry named bare after
its country's full name, an acronym with two letters swapped beside the right one, a capital
before its exchange or listed with other capitals, a quoted ship class before its 型, katakana
names the knowledge base lacked, and a weekly roundup's running total."""

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import cjk_facts_at

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str) -> set[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 11, 7), "japan")
    return {(m.text, m.entity_id) for m in mentions}


def test_a_ministry_named_bare_after_its_countrys_full_name_is_that_ministry() -> None:
    text = (
        "中国、日本向け両用品の輸出を禁止\n\n【北京=ロイター】中国商務省は6日、軍民両用品について、"
        "日本の軍事関連の利用者向けの輸出を禁止すると発表した。商務省の報道官は、日本の指導者に"
        "よる台湾をめぐる「誤った発言」を理由に挙げた。"
    )
    (analysis,) = analyse([TextToAnalyse("mofcom", text, "ja")])
    bare = [m for m in analysis.mentions if m.text == "商務省"]
    assert bare
    assert {m.entity_id for m in bare} == {"china-mofcom"}


@given(
    acronym=st.sampled_from(["TSMC", "JASM", "NATO"]),
    at=st.integers(min_value=0, max_value=2),
    after=st.sampled_from(["株は小幅に上昇した。", "の幹部が話した。", "、"]),
)
def test_an_acronym_with_two_letters_swapped_beside_it_is_its_entity(
    acronym: str, at: int, after: str
) -> None:
    swapped = acronym[:at] + acronym[at + 1] + acronym[at] + acronym[at + 2 :]
    links = _links(f"{acronym}は17日に決算を発表した。同日の市場で{swapped}{after}")
    entity = dict(links)[acronym]
    assert (swapped, entity) in links


def test_capitals_swapped_in_no_acronym_the_article_names_stay_unlinked() -> None:
    assert not any(text == "TMSC" for text, _ in _links("同日の台湾市場でTMSC株は上昇した。"))


@given(market=st.sampled_from(["東京株式市場", "東京外国為替市場", "東京市場"]))
def test_a_capital_before_its_exchange_is_the_city_where_it_also_acts(market: str) -> None:
    links = _links(
        f"東京は撤回を求めているが、北京は応じない。21日の{market}では百貨店株が続落した。"
    )
    assert ("東京", "japan") in links
    assert ("東京", "tokyo") in links


def test_capitals_joined_by_a_middle_dot_are_governments_not_a_district() -> None:
    links = _links(
        "東京・北京・ソウル、FTA交渉の加速で一致\n\n東京、北京、ソウルは交渉を加速させることで"
        "一致した。北京は東京とソウルに協調を呼びかけた。"
    )
    assert ("東京", "tokyo") not in links and ("北京", "beijing") not in links


@given(kind=st.sampled_from(["型護衛艦", "型改良艦", "型の改良型"]))
def test_a_quoted_ship_class_before_its_kind_is_the_class(kind: str) -> None:
    links = _links(f"三菱重工業が建造する海上自衛隊の「もがみ」{kind}を選んだ。")
    assert ("もがみ", "mogami-class") in links


def test_katakana_names_the_business_press_writes_are_linked() -> None:
    links = _links(
        "金門と中国福建省のアモイを結ぶ旅客船は通常通り運航した。"
        "英語では「エコノミック・コアーション」と呼ばれる。"
    )
    assert {("アモイ", "xiamen"), ("エコノミック・コアーション", "economic-coercion")} <= links


def test_a_weekly_roundups_running_total_is_no_days_count() -> None:
    text = (
        "アジア経済ウィークリー\n\n今週の台湾周辺は、週の前半に中国軍の動きが集中した。台湾国防部の"
        "発表(各日午前6時までの24時間)によると、月曜日は軍機32機と艦艇9隻を確認した。前週の金曜日"
        "(9日)は軍機8機にとどまっており、週初からの合計は軍機だけで延べ60機に迫る。"
    )
    facts = cjk_facts_at(text, datetime(2026, 1, 15, 4, tzinfo=UTC))
    assert (8, "aircraft", "around Taiwan", "Taiwan", "2026-01-09") in facts
    assert not [f for f in facts if f[0] == 60]
