"""Names in the electronics and semiconductor press as a reader takes them: a country written
before a body's name the knowledge base spells only in English is that body's name when a like
body abroad is written so (美國商務部); its head (部長) is the country and a title;
a ministry and its agency are two names once the agency is known; a capital countered, or asked
whether it will act, is its government; a kanji day with its Japanese weekday is a date."""

from datetime import UTC, date, datetime

import pytest
from incursion_helpers import cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str) -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 10, 1), home)
    return [(m.text, m.entity_id) for m in mentions if m.in_kb]


@pytest.mark.parametrize(
    ("text", "home", "form"),
    [
        ("業者指出，美國商務部上週擴大出口管制範圍。", "taiwan", "美國商務部"),
        ("美国商务部周三公布新的芯片出口规定。", "china", "美国商务部"),
        ("米国商務省は半導体の輸出規制を強化した。", "japan", "米国商務省"),
    ],
)
def test_the_us_commerce_department_is_the_department_not_the_country(
    text: str, home: str, form: str
) -> None:
    links = _links(text, home)
    assert (form, "us-commerce-department") in links
    assert not {"united-states", "china-mofcom"} & {entity for _, entity in links}


def test_chinas_own_commerce_ministry_stays_chinas() -> None:
    assert ("商务部", "china-mofcom") in _links("商务部新闻发言人周四表示将反制。", "china")


def test_the_commerce_departments_head_is_the_country_and_a_title() -> None:
    links = {entity for _, entity in _links("美國商務部長在記者會上說明關稅方案。", "taiwan")}
    assert "united-states" in links
    assert "us-commerce-department" not in links


def test_a_ministry_and_its_known_agency_are_two_names_in_chinese_copy() -> None:
    links = _links("經濟部能源署昨天說明夏季供電情形。", "taiwan")
    assert links == [("經濟部", "taiwan-moea"), ("能源署", "taiwan-energy-administration")]


def test_chinese_copy_keeps_the_ministry_and_agency_whole() -> None:
    assert ("交通部航港局", "taiwan-mpb") in _links("交通部航港局今天發布航行警告。", "taiwan")


@pytest.mark.parametrize(
    ("text", "form", "entity"),
    [
        ("業界評估如何反制華府的出口新規。", "華府", "united-states"),
        ("市场关注北京是否会对稀土出口加码。", "北京", "china"),
    ],
)
def test_a_capital_countered_or_asked_about_is_its_government(
    text: str, form: str, entity: str
) -> None:
    assert (form, entity) in _links(text, "taiwan" if "業" in text else "china")


@pytest.mark.parametrize(
    ("text", "form", "entity"),
    [
        ("日美商定扩大标准-6导弹的共同生产。", "标准-6", "sm-6"),
        ("美方可能依232條款對半導體課稅。", "232條款", "section-232"),
        ("西南航空方面队紧急起飞战斗机应对。", "西南航空方面队", "southwestern-air-defense-force"),
        ("美國貿易代表署發表聲明。", "美國貿易代表署", "ustr"),
    ],
)
def test_chinese_spellings_of_american_and_japanese_names(
    text: str, form: str, entity: str
) -> None:
    assert (form, entity) in _links(text, "china")


def test_asia_before_its_market_is_the_region() -> None:
    assert ("アジア", "asia") in _links("余った鋼材がアジア市場に流れ込んだ。", "japan")


def test_a_family_name_one_character_off_before_the_same_title_is_the_governor() -> None:
    text = "玉城デニー知事は会見で反対を表明した。玉木知事は以前から見直しを求めている。"
    assert ("玉木", "denny-tamaki") in _links(text, "japan")


def test_a_kanji_day_with_its_japanese_weekday_dates_its_count() -> None:
    text = (
        "台湾国防部の十五日の発表によると、中国軍機は二十機だった。"
        "十三日（月）にも中国軍機十七機が台湾周辺で活動していた。"
    )
    facts = cjk_facts_at(text, datetime(2025, 10, 15, 3, 0, tzinfo=UTC))
    assert (17, "aircraft", "around Taiwan", "Taiwan", "2025-10-13") in facts
    assert (20, "aircraft", "around Taiwan", "Taiwan", "2025-10-15") in facts
