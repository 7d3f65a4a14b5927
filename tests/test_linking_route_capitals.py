"""Capitals in airline, insurers' and flight-notice copy, from the real pipeline: the ends of a
route ("Tokyo-Taipei flights", "Manila and Seoul departures"), a flight on approach to a capital
and a city's market ("London brokers") are the cities, while a route of relations between
governments ("Beijing-Taipei relations") and a capital told something ("say it plainly to
Beijing") stay the governments.

Each case is a shape blind-66's notices and readers' letters showed monitor reading wrongly, in
copy written for these tests.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ends of a route or a list of places closing on what flies there
        ("EVA Air said its Tokyo-Taipei flights would carry extra fuel this week.",
         {"Tokyo": ("tokyo", "name"), "Taipei": ("taipei", "name")}),
        ("China Airlines moved some Manila and Seoul departures earlier on Friday.",
         {"Manila": ("manila", "name"), "Seoul": ("seoul", "name")}),
        ("The carrier's Taipei–Sendai service goes daily from June, pending approval.",
         {"Taipei": ("taipei", "name")}),
        ("Airlines cancelled their Seoul, Manila & Tokyo arrivals after the notice.",
         {"Seoul": ("seoul", "name"), "Manila": ("manila", "name"),
          "Tokyo": ("tokyo", "name")}),
        # a flight's approach, a city's market
        ("A crew reported a silver balloon on approach to Taipei last week.",
         {"Taipei": ("taipei", "name")}),
        ("The pilots saw nothing on final approach to Manila.", {"Manila": ("manila", "name")}),
        ("London brokers said the war-risk committee had not met.",
         {"London": ("london", "name")}),
        # still the governments
        ("Beijing-Taipei relations soured after the drills.",
         {"Beijing": ("china", "capital"), "Taipei": ("taiwan", "capital")}),
        ("Tokyo's approach to Beijing has hardened since the drills.",
         {"Tokyo": ("japan", "capital"), "Beijing": ("china", "capital")}),
        ("Tokyo should say it plainly to Beijing, instead of hoping the issue goes away.",
         {"Tokyo": ("japan", "capital"), "Beijing": ("china", "capital")}),
        ("The row between Tokyo and Beijing shows no sign of easing.",
         {"Tokyo": ("japan", "capital"), "Beijing": ("china", "capital")}),
        ("Beijing and Tokyo officials met on Monday to discuss the drills.",
         {"Beijing": ("china", "capital"), "Tokyo": ("japan", "capital")}),
    ],
)  # fmt: skip
def test_capitals_of_routes_and_notices(text: str, expected: dict[str, tuple[str, str]]) -> None:
    found = links(text)
    for surface, link in expected.items():
        assert found.get(surface) == link, (surface, found)


CAPITALS = {"Tokyo": "tokyo", "Taipei": "taipei", "Seoul": "seoul", "Manila": "manila"}
ROUTE_NOUNS = ["flights", "departures", "arrivals", "services", "routes"]
JOINS = ["-", "–", "/", " and "]


@settings(max_examples=15, deadline=None)
@given(
    first=st.sampled_from(sorted(CAPITALS)),
    second=st.sampled_from(sorted(CAPITALS)),
    join=st.sampled_from(JOINS),
    noun=st.sampled_from(ROUTE_NOUNS),
)
def test_any_route_of_two_capitals_is_two_cities(
    first: str, second: str, join: str, noun: str
) -> None:
    """Whichever capitals a route joins, and however it joins them, a route noun after them
    makes both the cities a passenger flies between."""
    if first == second:
        return
    found = links(f"The airline said its {first}{join}{second} {noun} would leave earlier.")
    assert found.get(first) == (CAPITALS[first], "name"), found
    assert found.get(second) == (CAPITALS[second], "name"), found


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["redeployed", "moved"]),
    st.sampled_from(["aircraft", "planes", "jets"]),
    st.booleans(),
)
def test_capitals_that_craft_are_moved_to_are_the_cities(
    verb: str, craft: str, moved: bool
) -> None:
    """An airline that "redeployed aircraft to Taipei, Seoul and Bangkok" (blind71-b-006) flies
    to the cities; a list after "to" that is shown something ("show capability to Tokyo and
    Washington") stays the governments."""
    said = f"{verb} {craft}" if moved else "wanted to show capability"
    text = f"The airline cut Beijing routes and {said} to Manila, Seoul and Tokyo this winter."
    found = links(text)
    assert found["Seoul"] == (("seoul", "name") if moved else ("south-korea", "capital"))
    assert found["Tokyo"] == (("tokyo", "name") if moved else ("japan", "capital"))


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        ("The governor's office said Holcomb would travel on to Seoul and then Tokyo, where he "
         "is scheduled to meet executives.", "Tokyo", "tokyo"),
        ("The delegation flies to Manila, then Canberra, before heading home.", "Canberra",
         "canberra"),
    ],
)  # fmt: skip
def test_a_later_stop_of_a_trip_is_the_city(text: str, surface: str, city: str) -> None:
    assert links(text)[surface] == (city, "name")


def test_a_clause_after_then_is_not_a_trips_stop() -> None:
    found = links("Manila would talk to Beijing and then Tokyo would respond.")
    assert found["Tokyo"] == ("japan", "capital")


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        ("Budget seats between Manila and Tokyo sold out within an hour.", "Tokyo", "tokyo"),
        ("Peak fares between Seoul and Taipei rarely fall below US$400.", "Taipei", "taipei"),
        ("The pile-up was, in her words, 'a wall of noise from Tokyo to Texas'.", "Tokyo", "tokyo"),
        ("Growers hope to sell the surplus to Tokyo's wholesalers.", "Tokyo", "tokyo"),
    ],
)
def test_fares_spans_of_ground_and_the_flower_trade_are_the_citys(
    text: str, surface: str, city: str
) -> None:
    assert links(text)[surface] == (city, "name")


def test_talks_between_capitals_and_a_switch_from_one_to_another_stay_governments() -> None:
    found = links(
        "Talks between Manila and Tokyo resumed as Honduras switched recognition from "
        "Taipei to Beijing."
    )
    assert found["Tokyo"] == ("japan", "capital")
    assert found["Beijing"] == ("china", "capital")
