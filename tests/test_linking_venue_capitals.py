"""Capitals in the header lines of event listings, forum reports and channel posts, from the real
pipeline: a pipe-split cell that names the venue, a report dated from a city, the place of a
trip or a diary are the cities, while a capital acting in a clause of the same text, or one
whose name for a place is glossed ("Diaoyu to Beijing"), stays the government.

Each case is a shape blind-62, blind-63 and blind-64's listings, notes and channels showed
monitor reading wrongly, in copy written for these tests.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


CITY = {"Tokyo": "tokyo", "Taipei": "taipei", "Seoul": "seoul", "Manila": "manila",
        "Canberra": "canberra", "Berlin": "berlin", "Brussels": "brussels"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a listing's cells
        ("Seminar on the PLA\nFriday, 6 June 2025, 10:00–12:00 | Tamkang Hall Room 2, Taipei | "
         "English\n\nThree researchers discuss the drills.", "Taipei", ("taipei", "name")),
        ("Panel | Tuesday 4 March | Seoul (room sent on registration)\n\nSpeakers follow.",
         "Seoul", ("seoul", "name")),
        ("Breakfast briefing | Monday 2 June, 8.00–9.00 | Berlin and online\nWith Dr Anna Roth.",
         "Berlin", ("berlin", "name")),
        ("🇵🇭 MANILA | The coast guard said two ships left the shoal on Monday.", "MANILA",
         ("manila", "name")),
        # a report dated from the city
        ("Forum report\nCanberra, 4 August 2023\n\nThe forum met after the drills.", "Canberra",
         ("canberra", "name")),
        ("Policy briefing\nBrussels, Thursday 5 June 2025, 14:00 CET\n\nThe EU is watching.",
         "Brussels", ("brussels", "name")),
        ("Notes from the maritime panel (Tokyo, Nov 4)\n\nSpeakers agreed on little.", "Tokyo",
         ("tokyo", "name")),
        ("**Seoul, Nov. 12 (Yonhap)** — The ministry said the talks went well.", "Seoul",
         ("seoul", "name")),
        ("🇯🇵 TOKYO — The Foreign Ministry lodged a protest on Tuesday.", "TOKYO",
         ("tokyo", "name")),
        # a trip, a diary, a stringer, the markets, a markdown place
        ("The minister flew to Kinmen on his first trip out of Taipei since May.", "Taipei",
         ("taipei", "name")),
        ("Tokyo diary: a reception and a typhoon\n\nWednesday. Rain all day.", "Tokyo",
         ("tokyo", "name")),
        ("Kyodo via our Tokyo stringer: the ministry tracked a survey ship.", "Tokyo",
         ("tokyo", "name")),
        ("Markets: Tokyo stocks are expected to open higher.", "Tokyo", ("tokyo", "name")),
        ("The two sides signed a memorandum in **Taipei** on Wednesday.", "Taipei",
         ("taipei", "name")),
        # a line headed by a capital in capitals, a joined cell, a sentence's place (blind-84, -85)
        ("TAIPEI and TOKYO — Two years on, both armies are buying drones. Beijing objects.",
         "TOKYO", ("tokyo", "name")),
        ("TAIPEI and TOKYO — Two years on, both armies are buying drones. Beijing objects.",
         "Beijing", ("china", "capital")),
        ("LOOKING AHEAD\nTue 21 — TOKYO: Diet votes for prime minister.\nWed 22 — Credentials.",
         "TOKYO", ("tokyo", "name")),
        ("EMBASSY OF THE UNITED STATES, TOKYO\nRemarks as prepared for delivery\n\nThe alliance "
         "is strong, and Beijing knows it.", "TOKYO", ("tokyo", "name")),
        ("EMBASSY OF THE UNITED STATES, TOKYO\nRemarks as prepared for delivery\n\nThe alliance "
         "is strong, and Beijing knows it.", "Beijing", ("china", "capital")),
        ("He invites anyone passing through Tokyo to dinner.", "Tokyo", ("tokyo", "name")),
        ("The Blood Services Foundation Taipei centre will send a top-up by 1100.", "Taipei",
         ("taipei", "name")),
        ("Tokyo had not received prior notification from Beijing, the spokesman said.",
         "Beijing", ("china", "capital")),
        # still the governments
        ("Seminar | Friday 6 June | Taipei\n\nTaipei has protested the drills; Beijing has not "
         "answered.", "Beijing", ("china", "capital")),
        ("Ships entered the waters off the Senkaku Islands (Diaoyu to Beijing) on Monday.",
         "Beijing", ("china", "capital")),
        ("Analysis | Beijing warns Tokyo over the drills\n\nThe row widened.", "Beijing",
         ("china", "capital")),
        ("Canberra, as one diplomat put it, has chosen its side.", "Canberra",
         ("australia", "capital")),
    ],
)  # fmt: skip
def test_a_venue_or_dated_capital_is_the_city_and_a_government_stays_one(
    text: str, surface: str, expected: tuple[str, str]
) -> None:
    assert links(text)[surface] == expected


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(sorted(CITY)),
    st.sampled_from(["Lunch talk", "Day 2", "Roundtable"]),
    st.sampled_from(["", " and online", " or Zoom", " (venue sent on registration)"]),
    st.integers(min_value=1, max_value=28),
)
def test_a_capital_that_is_a_listings_venue_cell_is_the_city(
    capital: str, event: str, remote: str, day: int
) -> None:
    text = f"{event} | Wednesday {day} May, 12.30–13.30 | {capital}{remote}\n\nThe talk follows."
    assert links(text)[capital] == (CITY[capital], "name")


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(sorted(CITY)),
    st.sampled_from(["Forum report", "Event summary", "Workshop notes"]),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(["March", "October", "December"]),
)
def test_a_report_dated_from_a_capital_is_the_city(
    capital: str, heading: str, day: int, month: str
) -> None:
    text = f"{heading}\n{capital}, {day} {month} 2024\n\nThe second day of the forum opened."
    assert links(text)[capital] == (CITY[capital], "name")
