"""Capitals written in capitals at the head of a line: a joint dateline before its dash ("TAIPEI
and TOKYO — Two years into ..."), a diary entry's place after its date ("Tue 21 — TOKYO: Diet
votes ...") and a letterhead's city ("EMBASSY OF THE UNITED STATES, TOKYO") are the cities; the
same capitals acting in a clause of the same text stay the governments (the single cases are in
test_linking_venue_capitals.py).

Each case is a shape blind-11 and blind-84's features, protocol calendars and embassy remarks
showed monitor reading as the governments, in copy written for these tests.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


CITY = {"TOKYO": "tokyo", "TAIPEI": "taipei", "SEOUL": "seoul", "MANILA": "manila"}


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


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["VS", "V", "VERSUS"]), st.sampled_from([":", " —"]))
def test_a_headline_setting_one_capital_against_another_is_the_governments(
    word: str, mark: str
) -> None:
    """A headline "BEIJING VS TOKYO: SEAFOOD ROW ROLLS ON" sets the governments against each
    other; only "and" joins the cities of a dateline."""
    text = f"BEIJING {word} TOKYO{mark} SEAFOOD ROW ROLLS ON\n\nBeijing rejected Tokyo's request."
    assert links(text)["TOKYO"] == ("japan", "capital")
