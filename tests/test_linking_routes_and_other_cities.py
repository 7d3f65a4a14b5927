"""Capitals that name ground, not governments: the ends of a dashed route with no determiner
before it, the start of a route driven or flown "to" another place, and a capital counted
among "other cities"."""

import pytest

from tests.linking_helpers import mentions


def _links(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions(text) if m.in_kb]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bookings on Seoul–Tokyo flights doubled over the holiday.", [("Tokyo", "tokyo")]),
        ("Fares on Taipei-Tokyo routes fell in May.", [("Taipei", "taipei"), ("Tokyo", "tokyo")]),
        ("The line added a Tokyo–Kitakyushu ferry service.", [("Tokyo", "tokyo"),
                                                              ("Kitakyushu", "kitakyushu")]),
    ],
)  # fmt: skip
def test_a_dashed_route_before_a_city_noun_joins_cities(
    text: str, expected: list[tuple[str, str]]
) -> None:
    links = _links(text)
    for link in expected:
        assert link in links


def test_dashed_capitals_before_relations_stay_governments() -> None:
    links = _links("Analysts said Tokyo-Beijing relations had cooled since spring.")
    assert ("Tokyo", "japan") in links


@pytest.mark.parametrize(
    "text",
    [
        "Couriers stopped driving Tokyo to Nagoya overnight after the new rules.",
        "The club's members cycled Taipei to Hsinchu in a day.",
    ],
)
def test_the_start_of_a_route_driven_to_a_place_is_the_city(text: str) -> None:
    capital = "Tokyo" if "Tokyo" in text else "Taipei"
    assert (capital, capital.lower()) in _links(text)


def test_a_capital_among_other_cities_is_a_city() -> None:
    text = "After the typhoon warning, Taipei and several other cities shut their schools."
    assert ("Taipei", "taipei") in _links(text)


def test_a_capital_among_other_governments_still_acts() -> None:
    text = "Tokyo and other capitals protested the launch."
    assert ("Tokyo", "japan") in _links(text)


@pytest.mark.parametrize(
    ("text", "capital", "expected"),
    [
        ("Most respondents rated Tokyo a safe place to raise children.", "Tokyo", "tokyo"),
        ("Readers voted Taipei the friendliest city in Asia.", "Taipei", "taipei"),
        ("The summit gave Tokyo a place at the table.", "Tokyo", "japan"),
    ],
)
def test_a_capital_rated_a_place_is_the_city(text: str, capital: str, expected: str) -> None:
    assert (capital, expected) in _links(text)


def test_the_later_stop_of_a_missions_list_is_the_city() -> None:
    text = "The council will lead a trade mission to Kumamoto and Tokyo in December."
    assert ("Tokyo", "tokyo") in _links(text)
