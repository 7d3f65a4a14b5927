"""Capitals written in capitals at the head of a line: a joint dateline before its dash ("TAIPEI
and TOKYO — Two years into ..."), a diary entry's place after its date ("Tue 21 — TOKYO: Diet
votes ...") and a letterhead's city ("EMBASSY OF THE UNITED STATES, TOKYO") are the cities; the
same capitals acting in a clause of the same text stay the governments.

Each case is a shape blind-11 and blind-84's features, protocol calendars and embassy remarks
showed monitor reading as the governments, in copy written for these tests.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


CITY = {"TOKYO": "tokyo", "TAIPEI": "taipei", "SEOUL": "seoul", "MANILA": "manila"}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
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
    ],
)  # fmt: skip
def test_a_capital_heading_its_line_is_the_city_and_a_government_stays_one(
    text: str, surface: str, expected: tuple[str, str]
) -> None:
    assert links(text)[surface] == expected


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(sorted(CITY)),
    st.sampled_from(["Mon", "Tue", "Thu", "Sat"]),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(["—", "--"]),
    st.sampled_from([":", " —"]),
)
def test_a_diary_entrys_capital_after_its_date_is_the_city(
    capital: str, weekday: str, day: int, dash: str, mark: str
) -> None:
    text = f"WEEK AHEAD\n{weekday} {day} {dash} {capital}{mark} reception for the new envoy.\n"
    assert links(text)[capital] == (CITY[capital], "name")


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from([("Taipei", "taipei"), ("Seoul", "seoul")]),
    st.sampled_from([("Tokyo", "tokyo"), ("Manila", "manila")]),
    st.sampled_from([" / ", " and ", " & "]),
)
def test_each_city_of_a_joined_header_cell_is_the_city(
    first: tuple[str, str], second: tuple[str, str], joiner: str
) -> None:
    text = (
        f"Newsletter item | {first[0]}{joiner}{second[0]} | Wed 7 Aug 2024\n\nThe pact was signed."
    )
    found = links(text)
    assert found[first[0]] == (first[1], "name")
    assert found[second[0]] == (second[1], "name")


def test_a_mastheads_capital_after_a_middle_dot_is_the_city() -> None:
    text = "PACIFIC DISINFORMATION MONITOR · Tokyo\nWeekly digest\n\nThe parade dominated the week."
    assert links(text)["Tokyo"] == ("tokyo", "name")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("He invites anyone passing through Tokyo to dinner.", "Tokyo", ("tokyo", "name")),
        ("The Blood Services Foundation Taipei centre will send a top-up by 1100.", "Taipei",
         ("taipei", "name")),
        ("Tokyo had not received prior notification from Beijing, the spokesman said.",
         "Beijing", ("china", "capital")),
    ],
)  # fmt: skip
def test_a_capital_in_a_sentence_is_read_by_the_guides_rule(
    text: str, surface: str, expected: tuple[str, str]
) -> None:
    assert links(text)[surface] == expected
