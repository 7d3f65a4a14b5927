"""Capitals in the reports of Track 2 meetings, from the real pipeline: the cities participants
came or dialled in from, and the city a heading says the meeting was held in ("Roundtable
(Track 2), Taipei", "briefing — Tokyo, 12 March 2025", "Tokyo, 16–17 June"), are the cities;
a capital that acts in the same report ("Tokyo had conveyed its concerns") stays its government.

Each case is a shape blind-74's forum reports showed monitor reading wrongly, in copy written
for these tests.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions

CITY = {"Tokyo": "tokyo", "Taipei": "taipei", "Seoul": "seoul", "Manila": "manila",
        "Canberra": "canberra", "Washington": "washington"}  # fmt: skip
COUNTRY = {"Tokyo": "japan", "Taipei": "taiwan", "Seoul": "south-korea", "Manila": "philippines",
           "Canberra": "australia", "Washington": "united-states"}  # fmt: skip


def links(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.entity_id, m.kind) for m in mentions(text)]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Roundtable notes\n\nMaritime Law Enforcement Roundtable (Track 2), Taipei\nSummary of "
         "Session 1\n\nThe chair opened.", "Taipei", "taipei"),
        ("Workshop notes\n\nUS–Japan Scholars' Workshop, Seoul — Day 2 notes\n\nThe chair "
         "opened.", "Seoul", "seoul"),
        ("Briefing\n\nSummary of the closed-door briefing — Tokyo, 12 March 2025\n\nBriefers "
         "spoke.", "Tokyo", "tokyo"),
        ("Report\n\nTokyo, 16–17 June 2025\n\nNext meeting: Manila, March 2026.", "Manila",
         "manila"),
        ("Symposium\n\nSecurity Symposium, Tokyo, Wed 8 July 2026\n\n10:05 Chair opens.",
         "Tokyo", "tokyo"),
        ("Call notes\n\n19:00–22:00 EDT and 07:00–10:00 Taipei\nConvened by the forum.", "Taipei",
         "taipei"),
        ("Chat\n\nThe parents' chat (and half of Taipei) was melting down.", "Taipei", "taipei"),
    ],
)  # fmt: skip
def test_the_city_a_meeting_is_held_in_is_the_city(text: str, surface: str, expected: str) -> None:
    assert (surface, expected, "name") in links(text)


def test_a_capital_acting_in_a_meeting_report_stays_the_government() -> None:
    text = (
        "Notes\n\nParticipants dialled in from Tokyo and Seoul.\n\nA Japanese participant noted "
        "that Tokyo had conveyed its concerns to Beijing."
    )
    found = links(text)
    assert ("Tokyo", "tokyo", "name") in found
    assert ("Tokyo", "japan", "capital") in found
    assert ("Beijing", "china", "capital") in found


@settings(max_examples=12, deadline=None)
@given(
    st.lists(st.sampled_from(sorted(CITY)), min_size=2, max_size=4, unique=True),
    st.sampled_from(["Participants dialled in from", "Participants from", "Scholars joined from"]),
    st.sampled_from([".", " discussed the drills.", " said the talks went well."]),
)
def test_the_cities_a_meetings_people_came_from_are_cities(
    capitals: list[str], lead: str, close: str
) -> None:
    listed = ", ".join(capitals[:-1]) + " and " + capitals[-1]
    found = links(f"Notes\n\n{lead} {listed}{close}")
    for capital in capitals:
        assert (capital, CITY[capital], "name") in found
        assert (capital, COUNTRY[capital], "capital") not in found


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from([("Tokyo", "japan-mofa"), ("Taipei", "taiwan-mofa"), ("Beijing", "china-mfa")]),
    st.sampled_from(["Summary of the closed-door briefing", "Readout of the dialogue", "Notes"]),
    st.sampled_from(["12 March 2025", "March 12, 2025", "4 June"]),
)
def test_a_headings_city_is_home_to_its_briefers_bodies(
    venue: tuple[str, str], heading: str, day: str
) -> None:
    city, ministry = venue
    text = (
        f"Briefing\n\n{heading} — {city}, {day}\n\nBriefers from the Foreign Ministry addressed "
        "visiting participants from Taiwan, Japan and the United States."
    )
    assert ("Foreign Ministry", ministry) in [(s, e) for s, e, _ in links(text)]
