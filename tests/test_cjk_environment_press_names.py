"""Japanese food-trade and Chinese environment and marine copy as an analyst reads it (the
blind44 passages' classes of miss): a capital's traders are the city's, its decision and the
thanks it is given the government's; a capital demanded of, owning a strategy, or listed after a
government is a government; a province-named carrier stays the province outside carrier copy;
a country opening a paper's credited name, sake, and a house before 議員 name no country or
house; long names that hold a place are one name; research ships counted are no warships."""

from datetime import UTC, date, datetime

import pytest
from incursion_helpers import cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "taiwan") -> list[tuple[str, str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), home)
    return [(m.text, m.entity_id, m.kind) for m in mentions if m.in_kb]


def _entities(text: str, home: str = "taiwan") -> set[str]:
    return {entity for _, entity, _ in _links(text, home)}


@pytest.mark.parametrize(
    "text",
    [
        "台北は対抗措置を見送った。台北のマンゴー輸出業者は日本向けを増やす。",
        "台北は交渉を選んだ。一方、台北の業界関係者は先行きを案じている。",
    ],
)
def test_a_japanese_capitals_traders_are_the_citys_where_it_acts_elsewhere(text: str) -> None:
    links = _links(text, "japan")
    assert ("台北", "taiwan", "capital") in links
    assert ("台北", "taipei", "name") in links


@pytest.mark.parametrize(
    "text", ["台北は東京の判断を歓迎した。", "台北、東京に謝意\u3000ライチ輸出解禁で"]
)
def test_a_japanese_capitals_decision_and_the_thanks_it_is_given_are_the_governments(
    text: str,
) -> None:
    assert ("東京", "japan", "capital") in _links(text, "japan")


def test_a_capital_a_demand_is_made_of_is_its_government() -> None:
    assert ("北京", "china", "capital") in _links("日本政府已要求北京撤回禁令。", "china")


@pytest.mark.parametrize(
    "text", ["學者認為那是北京認知作戰策略的一環。", "那是研究華府印太戰略的好時機。"]
)
def test_a_capitals_strategy_without_its_de_is_the_governments(text: str) -> None:
    assert any(kind == "capital" for _, _, kind in _links(text))


def test_a_capital_listed_after_a_government_is_a_government_too() -> None:
    links = _links("东京也表示欢迎。北京表示愿同东京、首尔一道应对沙尘暴。", "china")
    assert ("首尔", "south-korea", "capital") in links


def test_a_capital_closing_a_list_of_places_stays_the_city() -> None:
    links = _links("北京表示，明年将在东京、首尔等地举办展览。", "china")
    assert ("首尔", "seoul", "name") in links


def test_a_province_listed_with_another_outside_carrier_copy_is_the_province() -> None:
    links = _links("在福建、辽宁等地，海带养殖户受到冲击。", "china")
    assert ("福建", "fujian", "name") in links


def test_a_province_named_carrier_listed_in_carrier_copy_is_the_ship() -> None:
    links = _links("航母遼寧、福建近日同時出海訓練。")
    assert ("福建", "fujian-carrier", "name") in links


def test_before_that_japan_is_no_day_word() -> None:
    assert ("日方", "japan", "demonym") in _links("此前日方曾對中方科考船提出抗議。", "china")


@pytest.mark.parametrize(
    "text", ["【中国海洋报】渔政部门今天发布休渔通告。", "【中国环境报】海滩垃圾减少了三成。"]
)
def test_a_country_opening_a_credited_papers_name_is_the_papers(text: str) -> None:
    assert "china" not in _entities(text, "china")


def test_a_country_before_a_paper_outside_a_credit_is_the_papers_qualifier() -> None:
    assert "taiwan" in _entities("另据台湾中时新闻网报道，演员回应了质疑。", "china")


@pytest.mark.parametrize(
    ("text", "home", "entity"),
    [
        ("超党派の国会議員団が台北を訪れた。", "japan", "national-diet"),
        ("北京批評美國國會議員再度訪台。", "taiwan", "us-congress"),
    ],
)
def test_a_houses_delegation_and_a_house_named_with_its_country_stay_the_house(
    text: str, home: str, entity: str
) -> None:
    assert entity in _entities(text, home)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("台北の百貨店で日本酒の試飲会が開かれた。", "japan"),
        ("試食会には国会議員も招かれた。", "national-diet"),
    ],
)
def test_sake_and_a_lawmakers_title_name_no_country_or_house(text: str, absent: str) -> None:
    assert absent not in _entities(text, "japan")


@pytest.mark.parametrize(
    ("text", "home", "entity"),
    [
        ("台湾は環太平洋経済連携協定への加盟を申請している。", "japan", "cptpp"),
        ("日本福島第一核電廠的處理水今天再度排海。", "taiwan", "fukushima-daiichi"),
        ("美方將出售「海上衛士」無人機。", "taiwan", "mq-9b"),
        ("陸籍漁船群聚台灣淺灘。", "taiwan", "taiwan-banks"),
    ],
)
def test_a_long_name_holding_a_place_or_a_word_is_one_name(
    text: str, home: str, entity: str
) -> None:
    assert entity in _entities(text, home)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("台湾は環太平洋経済連携協定への加盟を申請している。", "pacific-ocean"),
        ("學者呼籲劃設公海保護區。", "japan-coast-guard"),
    ],
)
def test_the_name_inside_a_longer_one_is_no_mention_of_its_own(text: str, absent: str) -> None:
    home = "japan" if "台湾は" in text else "taiwan"
    assert absent not in _entities(text, home)


PUBLISHED = datetime(2025, 7, 1, 1, 0, tzinfo=UTC)


def test_among_them_including_drones_gives_the_drones_their_own_zone() -> None:
    text = (
        "國防部今天公布，偵獲共機12架次在臺海周邊活動，"
        "其中包括無人機3架次自東沙島東北方進入西南空域。"
    )
    assert (3, "drones", "ADIZ", "Taiwan", "2025-07-01") in cjk_facts_at(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "海巡署今天表示，有7艘中國海洋科研船在台灣周邊海域活動。",
        "海巡署表示，今天仍有4艘中國漁船在台灣周邊海域作業。",
    ],
)
def test_research_ships_and_fishing_boats_are_no_warships(text: str) -> None:
    assert not cjk_facts_at(text, PUBLISHED)
