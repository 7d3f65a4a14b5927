"""Capitals in the culture, sports and campus press, from the real pipeline: English uses a city,
never a government, as the place a "where" clause follows, the place distances are measured to,
the host of a festival or a race, the home of publishers, galleries and cafés, and a member of a
list that names a city with no government; and it uses a government as where decisions "come
from". A capital acting in a clause beside these stays the government.

Each case is a shape blind-107, blind-108 and blind-109's architecture, board-games, campus,
running and literary copy showed monitor reading wrongly, in sentences written for these tests.
"""

import pytest

from tests.linking_helpers import mentions


def links(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.entity_id, m.kind) for m in mentions(text)]


def link_of(text: str, surface: str, nth: int = 0) -> tuple[str, str]:
    found = [(entity_id, kind) for text_, entity_id, kind in links(text) if text_ == surface]
    return found[nth]


CITY = {"Tokyo": "tokyo", "Taipei": "taipei", "Beijing": "beijing", "Seoul": "seoul"}
COUNTRY = {"Tokyo": "japan", "Taipei": "taiwan", "Beijing": "china", "Seoul": "south-korea"}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a relative "where" follows a place
        (
            "Visitors checked the morning's figures from Taipei, where the Ministry of National "
            "Defense reported 17 PLA aircraft.",
            "Taipei",
        ),
        ("The delegation flew home to Beijing, where the talks had begun.", "Beijing"),
        # distances are measured to places
        (
            "The students across the water are our closest neighbours, closer than Taipei, a vice "
            "president said.",
            "Taipei",
        ),
        ("Taipei is a shorter flight from Naha than Tokyo is, the recruiters say.", "Taipei"),
        ("Taipei is a shorter flight from Naha than Tokyo is, the recruiters say.", "Tokyo"),
        ("Seoul is closer to Fukuoka than to most Japanese cities.", "Seoul"),
        # a city hosts festivals, forums and races
        ("Joint patrol reported as Taipei hosts regional deans' forum", "Taipei"),
        (
            "The Cabinet approved NT$180 million for Taipei's bid to host an international "
            "mind-sports festival in 2027.",
            "Taipei",
        ),
        ("Tokyo will host the world go championship next spring.", "Tokyo"),
        # the trades of culture and leisure are a city's
        (
            "The shortlist had two collections by poets under thirty from small Taipei houses.",
            "Taipei",
        ),
        (
            "The council will fund translations under an agreement with a group of Tokyo "
            "publishers.",
            "Tokyo",
        ),
        ("The conversion, by a young Taipei practice, is deliberately light.", "Taipei"),
        ("Taipei's chess cafés put the world championship on their big screens.", "Taipei"),
        ("Taipei's go salons were full on Saturday.", "Taipei"),
        ("Taipei publisher turned away from Beijing book fair", "Taipei"),
        ("Seoul galleries reported record sales at the weekend.", "Seoul"),
        # a list that names a city with no government lists cities
        ("Board briefs: Tokyo, Beijing, Taipei, Naha, Kaohsiung", "Tokyo"),
        ("Board briefs: Tokyo, Beijing, Taipei, Naha, Kaohsiung", "Beijing"),
        (
            "For anyone relocating between Taipei, Tokyo and Shanghai, the hardest part is the "
            "cat.",
            "Tokyo",
        ),
    ],
)
def test_capitals_used_as_cities(text: str, surface: str) -> None:
    assert link_of(text, surface) == (CITY[surface], "name")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # what a government issues comes from it
        (
            "Every morning the numbers come from Naha, but the decisions come from Tokyo and "
            "Beijing, the novelist said.",
            "Tokyo",
        ),
        (
            "Every morning the numbers come from Naha, but the decisions come from Tokyo and "
            "Beijing, the novelist said.",
            "Beijing",
        ),
        ("The orders came from Beijing, the captain said.", "Beijing"),
        # a government's habits, meetings and lists stay its own
        ("Beijing's practice of detaining writers drew protests.", "Beijing"),
        ("Tokyo will host the ASEAN Regional Forum next year.", "Tokyo"),
        ("Beijing, Tokyo and Seoul protested on Monday.", "Tokyo"),
        # a capital that opens its clause acts, whatever "where" clause stands before its verb
        (
            "Tokyo, where Trump met Prime Minister Sanae Takaichi earlier, welcomed the remark.",
            "Tokyo",
        ),
        (
            "Washington welcomed the remarks, and Tokyo, where the Paraguayan leader landed in the "
            "afternoon, said it shared them.",
            "Tokyo",
        ),
        (
            "Taipei protested, and the Presidential Office said the drills would not intimidate "
            "Taiwan.",
            "Taipei",
        ),
    ],
)
def test_capitals_still_governments(text: str, surface: str) -> None:
    assert link_of(text, surface) == (COUNTRY[surface], "capital")


def test_a_city_and_its_government_in_one_story() -> None:
    text = (
        "Taipei's go salons full as Beijing answers Washington's envoy with jets\n\n"
        "TAIPEI — The salons were full on Saturday. Taipei protested the drills."
    )
    assert link_of(text, "Taipei", 0) == ("taipei", "name")
    assert link_of(text, "Taipei", 1) == ("taiwan", "capital")


def test_students_coming_from_a_capital_come_from_the_city() -> None:
    text = "Most of the students come from Tokyo, the dean said."
    assert link_of(text, "Tokyo") == ("tokyo", "name")


@pytest.mark.parametrize(
    "text",
    [
        "Across the narrow channel to Xiamen, Beijing has never recognised either line.",
        "Ferries from Xiamen, Beijing says, will resume in May.",
    ],
)
def test_a_comma_closing_a_fronted_phrase_joins_no_list(text: str) -> None:
    assert link_of(text, "Beijing") == ("china", "capital")
