"""The classes the fifty-third CJK set missed (Japanese railway trade press, Chinese fisheries
press), in passages of their own: the metro operators' CJK names and an acronym glossed once,
stations and railway companies named after their place, a capital's subway and wholesale market,
a ministry's agency joined by 及 and a commission that handles, a bare 共産党 before a paper of
its camp, 比 opening a headline and 比 of a comparison, an embassy's section, Japan's coast
guard's short name inside 保持; a figure dated by a relative clause on the day before, and the day
before's figures beside a long subject."""

from datetime import UTC, date, datetime

from incursion_helpers import cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "japan") -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 11, 20), home)
    return [(m.text, m.entity_id) for m in mentions]


def test_the_metro_operators_by_their_cjk_names_and_a_glossed_acronym_everywhere() -> None:
    links = _links(
        "ＭＲＴ新線に日本製車両\n\n台北捷運（ＭＲＴ）は５日、新路線の車両を日本のメーカーに"
        "発注した。台北メトロの担当者は「ＭＲＴの輸送力を高める」と話した。高雄捷運も入札を行う。"
    )
    assert [entity for text, entity in links if text == "ＭＲＴ"] == ["taipei-metro"] * 3
    assert ("台北捷運", "taipei-metro") in links
    assert ("台北メトロ", "taipei-metro") in links
    assert ("高雄捷運", "kaohsiung-metro") in links
    assert not any(entity in ("taipei", "kaohsiung") for _, entity in links)


def test_stations_and_railway_companies_hold_no_place() -> None:
    links = _links(
        "観光列車は台北駅を出て、東京駅発の新幹線と同じ塗装で走る。ＪＲ北海道と台湾高鉄が"
        "提携を結んだ。"
    )
    assert not any(entity in ("taipei", "tokyo", "hokkaido", "taiwan") for _, entity in links)
    assert ("台北", "taipei") in _links("交流会は台北で開かれた。")
    links = _links("旅客在台北車站轉乘台灣高鐵南下。", "taiwan")
    assert not any(entity in ("taipei", "taiwan") for _, entity in links)
    # a railway project names its place
    assert ("テキサス", "texas") in _links("大使はテキサス高速鉄道計画で新幹線を売り込んだ。")


def test_a_capitals_subway_and_wholesale_market_are_the_citys() -> None:
    links = _links("北京は東京に抗議した。一方、北京の地下鉄では日本製の車両が走っている。")
    assert [entity for text, entity in links if text == "北京"] == ["china", "beijing"]
    links = _links(
        "北京对东京表示不满。北京的海鲜批发市场商户说，进口扇贝价格回落。北京的地铁照常运行。",
        "china",
    )
    assert [entity for text, entity in links if text == "北京"] == ["china", "beijing", "beijing"]


def test_an_agency_joined_by_and_and_a_commission_that_handles() -> None:
    links = _links("玉山的步道由農業部林業及自然保育署負責維護。", "taiwan")
    assert not any(entity == "taiwan-moa" for _, entity in links)
    assert ("農業部", "taiwan-moa") in _links("交通部及農業部今天表示。", "taiwan")
    links = _links("漁民希望雙方在台日漁業委員會中處理作業規範。", "taiwan")
    assert ("台日漁業委員會", "taiwan-japan-fisheries-commission") in links


def test_a_bare_communist_party_before_a_paper_of_its_camp() -> None:
    links = _links("共産党系の人民日報は論評で、日本の動きを批判した。")
    assert ("共産党", "ccp") in links
    links = _links("共産党の委員長は国会で質問した。")
    assert ("共産党", "ccp") not in links


def test_hi_opening_a_headline_and_hi_of_a_comparison() -> None:
    links = _links("比に巡視船を追加供与\n\n日本政府はフィリピン沿岸警備隊に巡視船を供与する。")
    assert ("比", "philippines") in links
    links = _links("漁民說，東北季風比軍艦還令人擔心。", "taiwan")
    assert not any(entity == "afp-philippines" for _, entity in links)
    assert ("比軍", "afp-philippines") in _links("比軍今天表示將加強巡邏。", "taiwan")


def test_an_embassys_section_and_the_coast_guards_name_inside_a_verb() -> None:
    links = _links("美国驻华大使馆经济部官员出席签约仪式。我们对排海保持关注。", "china")
    assert not any(entity in ("taiwan-moea", "japan-coast-guard") for _, entity in links)
    assert ("核污水", "alps-treated-water") in _links("渔民担心核污水影响渔获。", "china")


def test_a_figure_the_day_before_a_relative_clause_dates_is_recalled() -> None:
    published = datetime(2025, 7, 9, 3, 0, tzinfo=UTC)
    text = (
        "台湾国防部は９日、同日午前６時までの２４時間に中国軍機１８機と艦艇６隻を台湾周辺で"
        "確認したと発表した。中国軍機３３機を確認したと発表した前日からは減った。"
    )
    facts = cjk_facts_at(text, published)
    assert (18, "aircraft", "around Taiwan", "Taiwan", "2025-07-09") in facts
    assert not any(count == 33 for count, *_ in facts)


def test_the_day_befores_figures_beside_a_later_clause_with_a_long_subject() -> None:
    published = datetime(2025, 7, 9, 3, 0, tzinfo=UTC)
    text = (
        "台湾国防部は９日、同日午前６時までの２４時間に中国軍機１８機と艦艇６隻を台湾周辺で"
        "確認したと発表した。前日の８日には中国軍機４１機と艦艇９隻を確認しており、"
        "空母「福建」を中心とする艦隊が台湾南方の西太平洋で演習を続けている。"
    )
    facts = cjk_facts_at(text, published)
    assert (41, "aircraft", "around Taiwan", "Taiwan", "2025-07-08") in facts
    assert (9, "navy vessels", "around Taiwan", "Taiwan", "2025-07-08") in facts
