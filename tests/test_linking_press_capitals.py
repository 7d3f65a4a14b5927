"""Capitals and bare bodies in the copy of Indian agencies, earnings calls, pages of briefs and
US service papers, from the real pipeline: their datelines, call times and venues name the
cities; the two ends of "from Taipei to Beijing" are read alike; a service paper's bare "Navy"
is the US Navy; a company named in full keeps its clipped name.

Each case is a shape blind-71, blind-72 and blind-73 showed monitor reading wrongly, in copy
written for these tests.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


CITY = {"Tokyo": "tokyo", "Taipei": "taipei", "Seoul": "seoul", "Manila": "manila"}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # datelines
        ("Taipei [Taiwan], July 23 (ANI): Taiwan's Ministry of National Defense said it tracked "
         "14 aircraft.", "Taipei", ("taipei", "name")),
        ("Taipei, Taiwan, R.O.C. — January 16, 2026 — Chunghwa Telecom said a cable was cut.",
         "Taipei", ("taipei", "name")),
        ("TAIPEI // Chinese military activity around Taiwan stayed high this week, the ministry "
         "said.", "TAIPEI", ("taipei", "name")),
        ("ASIA BRIEFS\n\nTAIWAN\nTaipei: Taiwan's defence ministry said 13 aircraft were "
         "detected.\n\nJAPAN\nTokyo: Dozens of fishing boats sailed near the islands, NHK "
         "reported.", "Tokyo", ("tokyo", "name")),
        # a call's clock, a briefing's date and venue
        ("Earnings Call\nNovember 14, 2024 | 14:00 (Taipei)\n\nOperator: Next question.", "Taipei",
         ("taipei", "name")),
        ("Results Briefing | Summary of Q&A   February 16, 2026   (Tokyo)\n\nQ: Tensions are "
         "rising.", "Tokyo", ("tokyo", "name")),
        ("Interim Briefing\nDate: November 14, 2025   Venue: Tokyo (online)\n\nQ: Are costs up?",
         "Tokyo", ("tokyo", "name")),
        # still governments
        ("The drill was the first since Tokyo switched diplomatic recognition from Taipei to "
         "Beijing in 1972.", "Beijing", ("china", "capital")),
        ("Attribution statements from Beijing, Washington and Tokyo are political documents.",
         "Tokyo", ("japan", "capital")),
    ],
)  # fmt: skip
def test_a_press_dateline_or_listed_capital_is_the_city_and_a_government_stays_one(
    text: str, surface: str, expected: tuple[str, str]
) -> None:
    assert links(text)[surface] == expected


def test_a_us_service_papers_bare_navy_is_the_us_navy_even_from_japan() -> None:
    text = (
        "YOKOSUKA NAVAL BASE, Japan — The destroyer USS Dewey returned to port on Saturday after "
        "training with a Japan Maritime Self-Defense Force destroyer, according to a Navy news "
        "release.\n\nU.S. Navy photo by Mass Communication Specialist 2nd Class Aiko Fernandez"
    )
    assert links(text)["Navy"][0] == "us-navy"


def test_a_japanese_papers_bare_navy_is_not_made_american() -> None:
    text = "TOKYO (Kyodo) — The Navy of Japan's neighbour held drills, the Maritime Self-Defense Force said."
    assert links(text).get("Navy", ("",))[0] != "us-navy"


def test_a_company_named_in_full_keeps_its_clipped_name() -> None:
    text = (
        "We signed charters with CPC Corporation, Taiwan, for two LNG carriers. A memorandum on "
        "crew training with CPC was signed at the same time."
    )
    assert links(text)["CPC"][0] == "cpc-corp"


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(sorted(CITY)),
    st.sampled_from(["Taiwan", "Japan", "India"]),
    st.sampled_from(["ANI", "PTI"]),
    st.integers(min_value=1, max_value=28),
)
def test_an_agency_dateline_with_its_bracketed_country_is_the_city(
    capital: str, country: str, agency: str, day: int
) -> None:
    text = f"{capital} [{country}], March {day} ({agency}): The ministry said talks would resume."
    assert links(text)[capital] == (CITY[capital], "name")


@settings(max_examples=12, deadline=None)
@given(
    st.permutations(["Tokyo", "Taipei", "Seoul", "Manila"]),
    st.sampled_from(["switched recognition", "moved its embassy", "shifted its allegiance"]),
)
def test_the_ends_of_a_switch_from_one_capital_to_another_are_both_governments(
    capitals: list[str], switch: str
) -> None:
    first, second = capitals[:2]
    found = links(f"In 1972 the country {switch} from {first} to {second}.")
    assert found[first][1] == found[second][1]
