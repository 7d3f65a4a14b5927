"""A prefecture's name that is also its main island's, read by the list it stands in, from the
real pipeline: among islands it is the island, among prefectures and cities the prefecture.
Sentences written for these tests."""

from tests.linking_helpers import mentions


def links_of(text: str, surface: str) -> list[str]:
    return [m.entity_id for m in mentions(text) if m.text == surface]


def test_a_name_among_islands_is_the_island() -> None:
    text = "The ferry calls at Amami, Okinawa and Miyako before it turns back."
    assert links_of(text, "Okinawa") == ["okinawa-island"]


def test_a_name_beside_one_island_stays_the_prefecture() -> None:
    # a strait's two sides, which the sets label both ways, decide nothing
    text = "Two destroyers sailed between Okinawa and Miyako Island on Friday."
    assert links_of(text, "Okinawa") == ["okinawa"]


def test_a_name_among_prefectures_stays_the_prefecture() -> None:
    text = "Heavy rain warnings were issued for Okinawa and Kagoshima on Friday."
    assert links_of(text, "Okinawa") == ["okinawa"]


def test_a_prefecture_after_its_island_or_owning_it_stays_the_prefecture() -> None:
    text = (
        "ISHIGAKI ISLAND, Okinawa -- Drones flew between Miyako Island and Okinawa's main "
        "island on Monday."
    )
    assert set(links_of(text, "Okinawa")) == {"okinawa"}
