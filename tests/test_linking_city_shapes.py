"""Capitals that name the city in shapes blind-116 and blind-117's hobby, travel and border-island
copy showed monitor reading as governments, from the real pipeline: a capital named with "city",
one listed beside an island, a route of capitals before an exhibition, a headline's capital before
the fair it names with its article dropped, a hobby's maker from a capital; and the one the other
way, a sum of money "from" a capital, which its government pays. Sentences written for these tests.
"""

import pytest

from tests.linking_helpers import mentions


def link_of(text: str, surface: str) -> str:
    return next(m.entity_id for m in mentions(text) if m.text.startswith(surface))


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        # "city" names the city, whatever noun follows it
        ("The Taipei city government closed schools for the storm.", "Taipei", "taipei"),
        # an island has no government to be a capital's peer in a list
        ("Divers from Penghu and Tokyo searched the wreck at dawn.", "Tokyo", "tokyo"),
        ("Anglers from Taipei and Kinmen lined the pier.", "Taipei", "taipei"),
        # an exhibition travels between the cities of its route
        ("Her prints hang in a Seoul-Taipei exhibition on harbour towns.", "Taipei", "taipei"),
        # a headline drops "the" before the fair a capital names
        ("Rain closes Tokyo toy fair early\n\nOrganisers sent visitors home.", "Tokyo", "tokyo"),
        ("Typhoon shuts Taipei model show\n\nOrganisers sent visitors home.", "Taipei", "taipei"),
        # a maker of the hobby is from the city
        ("Taipei builder Chen Yu-ting painted the kit in a week.", "Taipei", "taipei"),
    ],
)
def test_capital_named_as_the_city(text: str, surface: str, city: str) -> None:
    assert link_of(text, surface) == city


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("The plant will get grants of up to 90 billion yen from Tokyo.", "Tokyo", "japan"),
        (
            "The port upgrade relies on $2 billion in dollars from Washington.",
            "Washington",
            "united-states",
        ),
        # a verb after a headline's capital keeps it acting
        ("Beijing warns Taipei over arms buy\n\nThe office said so.", "Taipei", "taiwan"),
        # ", and" after an island opens the capital's own clause
        ("Two shells fell off Yonaguni, and Tokyo lodged a protest.", "Tokyo", "japan"),
        (
            "Beijing claims the islets, which it calls the Diaoyu, and Taipei claims them too.",
            "Taipei",
            "taiwan",
        ),
        # a headline's plural before "show" or "visit" is that verb's subject, no event's name
        (
            "Exports to Japan rose 8 percent, Taipei figures show\n\nCustoms put it so.",
            "Taipei",
            "taiwan",
        ),
        (
            "Tokyo officials visit Manila for coast guard talks\n\nThe ministry said so.",
            "Tokyo",
            "japan",
        ),
        # beside a country, a capital in a list still acts
        ("Beijing and Manila traded protests over the shoal.", "Beijing", "china"),
    ],
)
def test_capital_still_its_government(text: str, surface: str, country: str) -> None:
    assert link_of(text, surface) == country


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The storm came early, said Tokyo drone photographer Aiko Sato.", "Tokyo"),
        ("Tokyo golfers crowded the driving range before dawn.", "Tokyo"),
        ("Manila painters filled the hall for the opening.", "Manila"),
        ("Taipei anglers were out on the breakwater before dawn.", "Taipei"),
    ],
)
def test_a_capitals_artists_and_players_are_the_citys(text: str, surface: str) -> None:
    """linkAB: a city's photographers, painters and golfers are the city's, as its builders are."""
    assert link_of(text, surface) == surface.lower()
