"""Capitals that are the cities in consumer, travel, map and entertainment copy: the city's
savers and fans, a singer's or a festival's stop there, its film festival, a trip between it and
other places, a map of it. Beside them, capitals that act stay their governments.

Each case is a shape blind-101 (money columns), blind-102 (press and sailing trade papers) and
blind-103 (map-makers' notes, the celebrity press) showed monitor reading as the government.
"""

import pytest

from tests.linking_helpers import mentions


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        # the people of the city's life: savers, households, fans
        ('Yen jumps: should Taipei savers who bought yen "for safety" sell now?', "Taipei",
         "taipei"),
        ("Tokyo households are paying more for rice than a year ago.", "Tokyo", "tokyo"),
        ("Seoul fans queued overnight for the reunion tour.", "Seoul", "seoul"),
        # a possessive name or "whose" before the capital, a noun of the city after
        ("Liao's Taipei fan club, which has about 3,000 members, cancelled the party.", "Taipei",
         "taipei"),
        ("The actress, whose Taipei fan club announced a pause, posted the map.", "Taipei",
         "taipei"),
        ("The band played Summer Sonic's Tokyo leg on Saturday.", "Tokyo", "tokyo"),
        # the city's festivals and shows, named or described
        ("Tokyo film fest: Taiwanese director says war anxiety is now a genre", "Tokyo",
         "tokyo"),
        ("Taiwan arrived at this year's Tokyo International Film Festival with 12 films.",
         "Tokyo", "tokyo"),
        ("Taipei countdown lineup unveiled as the year ends", "Taipei", "taipei"),
        # trips between places, and a map of the city
        ("Readers planning summer trips between Taipei, Okinawa and Tokyo keep writing in.",
         "Tokyo", "tokyo"),
        ("A yacht crossing between Ishigaki and Taipei takes two days.", "Taipei", "taipei"),
        ("The app's street map of Taipei now shows the night markets.", "Taipei", "taipei"),
    ],
)  # fmt: skip
def test_a_capital_in_the_life_of_the_city_is_the_city(text: str, surface: str, city: str) -> None:
    assert links(text)[surface] == (city, "name")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("President Xi's Beijing government rejected the protest.", "Beijing", "china"),
        ("Beijing warned Tokyo on Monday.", "Tokyo", "japan"),
        ("The row between Tokyo and Beijing shows no sign of easing.", "Beijing", "china"),
        ("Tokyo's protest over the map was lodged on Friday.", "Tokyo", "japan"),
    ],
)  # fmt: skip
def test_a_capital_that_acts_beside_them_stays_its_government(
    text: str, surface: str, country: str
) -> None:
    assert links(text)[surface] == (country, "capital")
