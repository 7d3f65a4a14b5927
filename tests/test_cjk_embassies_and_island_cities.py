"""Japanese copy's embassies and island cities as a reader takes them: a country, の and the
bare 駐日大使館 is that country's embassy in Japan, and 駐日中国大使館 writes the same embassy
with its words turned round; an island's name in a list closed by 両市 or a count of cities is
the city, which the knowledge base lacks, not the island, unless the base holds the island
with its city."""

from datetime import date

import pytest

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "japan") -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), home)
    return [(m.text, m.entity_id) for m in mentions if m.in_kb]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("中国の駐日大使館は声明で反発した。", "駐日大使館"),
        ("駐日中国大使館の報道官が会見した。", "駐日中国大使館"),
    ],
)
def test_chinas_embassy_in_japan_written_either_way_is_the_embassy(text: str, form: str) -> None:
    assert (form, "china-embassy-japan") in _links(text)


def test_another_countrys_embassy_in_japan_is_not_chinas() -> None:
    assert not any(
        e == "china-embassy-japan" for _, e in _links("韓国の駐日大使館が声明を出した。")
    )


@pytest.mark.parametrize(
    "text",
    [
        "県は石垣、宮古島両市の担当者を集めた。",
        "宮古島、石垣両市の市長が会談した。",
        "宮古島など３市の首長が要望した。",
    ],
)
def test_an_island_listed_before_the_cities_word_is_the_city(text: str) -> None:
    assert not any(entity == "miyako-island" for _, entity in _links(text))


def test_an_island_the_base_holds_with_its_city_stays_linked_in_such_a_list() -> None:
    assert ("石垣", "ishigaki") in _links("宮古島、石垣両市の市長が会談した。")


def test_an_island_listed_with_another_island_stays_the_island() -> None:
    assert ("宮古島", "miyako-island") in _links("宮古島と石垣島を結ぶ航路が再開した。")


def test_an_island_groups_municipalities_leave_the_group_named() -> None:
    links = _links("先島諸島５市町村の避難計画を検討した。")
    assert ("先島諸島", "sakishima-islands") in links
