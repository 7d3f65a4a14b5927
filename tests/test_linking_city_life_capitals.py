"""A capital's possessive before the places and people of the city's daily life, past a word or
two of description, is the city: schools, hotels, children and venues are the city's, where
"Beijing's coercion campaign" and "Tokyo's defence plans" stay the governments'."""

import pytest

from tests.linking_helpers import linked_surfaces, mentions


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        ("What Taipei's international schools tell parents about a crisis.", "Taipei", "taipei"),
        ("Taipei's international tourist hotels averaged 68% occupancy in January.", "Taipei",
         "taipei"),
        ("How Tokyo's children met the air-raid drill on Wednesday.", "Tokyo", "tokyo"),
        ("Seoul's new convention venues are booked through the autumn.", "Seoul", "seoul"),
        ("Manila's private schools will close on Friday for the typhoon.", "Manila", "manila"),
    ],
)  # fmt: skip
def test_a_capitals_schools_hotels_and_children_are_the_citys(
    text: str, surface: str, city: str
) -> None:
    assert links(text)[surface] == (city, "name")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Beijing's coercion campaign against Taipei grew in May.", "Beijing", "china"),
        ("Tokyo's new defence plans alarmed Beijing.", "Tokyo", "japan"),
    ],
)  # fmt: skip
def test_a_capitals_acts_and_plans_stay_its_governments(
    text: str, surface: str, country: str
) -> None:
    assert links(text)[surface] == (country, "capital")


@pytest.mark.parametrize(
    "text",
    [
        "She was nine when American bombers struck Taipei in May 1945.",
        "A missile strike on Taipei would shut both airports for days.",
        "Survivors of the firebombing of Tokyo gathered at the memorial hall.",
    ],
)
def test_a_capital_that_bombs_and_strikes_fall_on_is_the_city(text: str) -> None:
    capital = next(word for word in ("Taipei", "Tokyo") if word in text)
    assert linked_surfaces(text)[capital][1] == "name"


def test_words_against_a_capital_are_no_strike() -> None:
    found = linked_surfaces("Beijing's attacks on Taipei grew sharper, and Taipei hit back.")
    assert found["Beijing"] == ("china", "capital")


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        ("Collectors flock to Tokyo's old print quarter on Sundays.", "Tokyo", "tokyo"),
        ("Seoul's narrow lanes hide a dozen noodle counters.", "Seoul", "seoul"),
        ("Volunteers repainted the signs of Taipei's 3,800-odd air-raid shelters.", "Taipei",
         "taipei"),
        ("A walking guide to Manila's flooded basements after the storm.", "Manila", "manila"),
    ],
)  # fmt: skip
def test_a_capitals_quarters_lanes_and_shelters_are_the_citys(
    text: str, surface: str, city: str
) -> None:
    """linkAB: the old quarters, lanes and shelters of a city, past a count, are the city's."""
    assert links(text)[surface] == (city, "name")


def test_a_capitals_first_quarter_is_its_economy_not_a_quarter_of_the_city() -> None:
    """linkAB: a quarter after an ordinal is a period of the year, not a part of the city."""
    text = "Beijing's first-quarter figures worried Tokyo."
    assert links(text)["Beijing"] == ("china", "capital")


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        ("A queue formed outside a noodle shop in Taipei's Wanhua on Saturday.", "Taipei",
         "taipei"),
        ("The record bar sits in Tokyo's Koenji, two minutes from the station.", "Tokyo",
         "tokyo"),
    ],
)  # fmt: skip
def test_a_named_quarter_of_a_capital_after_in_is_the_city(
    text: str, surface: str, city: str
) -> None:
    """linkAB: "in Taipei's Wanhua" names a quarter of the city, whoever the model thinks it is."""
    assert links(text)[surface] == (city, "name")


def test_a_known_leader_of_a_capital_after_in_stays_its_governments() -> None:
    """linkAB: a name the knowledge base knows after the possessive is no quarter."""
    assert links("Trust in Beijing's Xi Jinping fell.")["Beijing"] == ("china", "capital")
