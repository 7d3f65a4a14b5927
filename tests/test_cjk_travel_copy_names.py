"""Names and counts as Chinese travel and aviation copy writes them: islands and airports by their short
names in lists and routes, a flight information region named after its city, the ports a flight
serves listed before a pair of capitals, the coast guard's ships after 加上 and 大陸, flights counted in 架次 (the
zh-blind28 passages' classes of miss)."""

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "taiwan") -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 8, 19), home)
    return [(m.text, m.entity_id) for m in mentions]


def _ids(text: str, home: str = "taiwan") -> set[str]:
    return {entity_id for _, entity_id in _links(text, home)}


@given(
    mark=st.sampled_from(["、", "及", "和", "與"]),
    island_first=st.booleans(),
    script=st.sampled_from(["宮古", "宫古"]),
)
def test_an_islands_short_name_listed_beside_another_place_is_the_island(
    mark: str, island_first: bool, script: str
) -> None:
    pair = f"{script}{mark}石垣" if island_first else f"石垣{mark}{script}"
    links = _links(f"長榮航空說，往返{pair}的包機航班照常。")
    assert (script, "miyako-island") in links
    assert ("石垣", "ishigaki") in links


def test_an_islands_short_name_alone_is_left_alone() -> None:
    # Alone 宮古 is as often the strait ("出宫古") or Iwate's city: the list decides.
    assert "miyako-island" not in _ids("@星火：轰-6K出宫古已经是家常便饭", "china")
    assert ("宮古海峽", "miyako-strait") in _links("共艦3艘昨天通過宮古海峽進入西太平洋。")


def test_an_airports_short_name_in_a_route_beside_another_airport() -> None:
    links = _links("松山—羽田「黃金航線」每週班次也增至百班以上。")
    assert ("松山", "songshan-airport") in links
    assert ("羽田", "haneda-airport") in links
    # Beside a city it may be the city (桃園 is the sets' Taoyuan): left alone.
    assert "taoyuan-airport" not in _ids("桃園、台中、高雄往返金門的航班均正常起降。")


def test_the_okinawan_airline_and_airport_by_their_chinese_names() -> None:
    links = _links("演習期間日本越洋航空往返那霸的航班照常；魚鷹式首度降落石垣機場。")
    assert ("日本越洋航空", "japan-transocean-air") in links
    assert ("石垣機場", "new-ishigaki-airport") in links
    assert ("魚鷹式", "v-22") in links
    assert "japan" not in _ids("日本越洋航空的航班照常。")


def test_a_flight_information_region_keeps_its_city_out() -> None:
    for text, home in (
        ("臨時危險區與台北飛航情報區內的12條國際航路重疊。", "taiwan"),
        ("台湾海峡上空分属上海飞航情报区与台北飞航情报区。", "china"),
    ):
        assert not _ids(text, home) & {"taipei", "shanghai"}


def test_a_pair_of_capitals_closing_a_list_of_ports_is_two_cities() -> None:
    text = (
        "台北飞航情报区每天约有1500架次航班经过，其中不少是往返香港、马尼拉、东京和首尔的过境航班。"
    )
    links = _links(text, "china")
    assert ("东京", "tokyo") in links
    assert ("首尔", "seoul") in links
    # A pair acting is still the two governments.
    assert ("东京", "japan") in _links("北京与东京达成协议。", "china")


def test_the_coast_guards_ships_after_a_word_ending_in_a_citys_first_character() -> None:
    links = _links("連江縣政府表示，馬祖冬季海象不穩，加上海警船出沒，已提醒民眾留意船班資訊。")
    assert "shanghai" not in {entity_id for _, entity_id in links}
    links = _links("另侦获大陆海警船3艘在澎湖以西海域活动。", "china")
    assert ("大陆", "china") in links
    assert ("海警", "china-coast-guard") in links


def test_the_short_defence_department_beside_taiwans_own_name_for_it() -> None:
    text = "台湾民航部门：12条航路受影响 台防务部门侦获军机45架次\n台湾国防部同日说，共侦测到解放军军机45架次。"
    assert ("台防务部门", "taiwan-mnd") in _links(text, "china")


@given(kinds=st.sampled_from(["國際及兩岸", "國際和兩岸", "國際線及國內", ""]))
def test_flights_counted_in_sorties_are_no_craft(kinds: str) -> None:
    # Aviation copy counts the day's rerouted flights in 架次, as the ministry counts sorties.
    text = (
        "國防部今天表示，今天上午6時至下午6時，共偵獲共機71架次。"
        f"交通部民航局說，今天共有86架次{kinds}航班改道，最長延誤約40分鐘。"
    )
    facts = cjk_facts_at(text, datetime(2026, 11, 10, 12, 30, tzinfo=UTC))
    assert {count for count, *_ in facts} == {71}
