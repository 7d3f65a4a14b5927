"""Capitals in lifestyle, hobby and column copy, from the real pipeline: a column or a fair named
after the city ("Tokyo notebook", "Taipei Stamp Show"), a sign-off or credit line closing on the
city ("— The review desk, Taipei") and a dateline that names its venue first are the cities,
while the same capitals acting in a sentence stay the governments.

Each case is a shape blind-89 to blind-91's stamp, coin, fashion and weekly-column copy showed
monitor reading as a government.
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
        # a column, a fair or a counter named after the city
        ("Tokyo notebook: the week of Sept. 6-10\n\nThe Diet met.", "Tokyo", ("tokyo", "name")),
        ("TAIPEI WEEK IN REVIEW | June 1, 2024\n\nThe Cabinet met.", "TAIPEI",
         ("taipei", "name")),
        ("LIVE: Taipei Stamp Show, day two\n\n09:05 Doors open.", "Taipei", ("taipei", "name")),
        ("Covers sold out within an hour at last month's Taipei bourse.", "Taipei",
         ("taipei", "name")),
        ("Dealers say the Taipei winter bourse moves to Songshan this year.", "Taipei",
         ("taipei", "name")),
        ("Spot plus 18% at most Taipei counters this week.", "Taipei", ("taipei", "name")),
        ("TAIPEI THIS WEEK | 29 April 2026\n\nThe president flew to Paraguay.", "TAIPEI",
         ("taipei", "name")),
        # a sign-off or a credit line
        ("The figure was wrong.\n\n— The review desk, Taipei", "Taipei", ("taipei", "name")),
        ("Such trips are noticed.\n\n— The desk (Tokyo and Taipei)", "Tokyo", ("tokyo", "name")),
        ("Analyst: Daisuke Arai, Sakura Capital Markets — Tokyo", "Tokyo", ("tokyo", "name")),
        # a dateline naming its venue first
        ("Fashion week\n\nSONGSHAN CULTURAL AND CREATIVE PARK, TAIPEI —\n\nDay two was blue.",
         "TAIPEI", ("taipei", "name")),
        # still the governments
        ("Beijing urged Tokyo to show restraint over the islands.", "Tokyo", ("japan", "capital")),
        ("Tokyo Warns Beijing Over Drills\n\nJapan protested.", "Tokyo", ("japan", "capital")),
        ("— Talks will go on, Tokyo said.", "Tokyo", ("japan", "capital")),
        ("Beijing's week of drills ended on Sunday.", "Beijing", ("china", "capital")),
        ("The Sunday shows were busy.\n\nWASHINGTON'S week was about chips.", "WASHINGTON",
         ("united-states", "capital")),
        ("Demand signals from Taipei are, if anything, stronger.", "Taipei", ("taiwan", "capital")),
        # a capital set apart from its government
        ("Beijing said no. Tokyo, the city, is hedging with a red-panda walk.", "Tokyo",
         ("tokyo", "name")),
    ],
)  # fmt: skip
def test_a_column_or_sign_off_capital_is_its_city_and_a_government_stays_one(
    text: str, surface: str, expected: tuple[str, str]
) -> None:
    assert links(text)[surface] == expected


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(sorted(CITY)),
    st.sampled_from(["notebook", "week in review", "Stamp Show", "Fashion Week", "bourse"]),
)
def test_a_column_or_fair_named_after_a_capital_is_the_city(capital: str, column: str) -> None:
    text = f"{capital} {column}\n\nThe ministry said on Monday that talks would go on."
    # The model may take "Manila Stamp Show" whole, an event with no capital left to read.
    assert links(text).get(capital, (CITY[capital], "name")) == (CITY[capital], "name")


@settings(max_examples=12, deadline=None)
@given(
    st.lists(st.sampled_from(sorted(CITY)), min_size=1, max_size=2, unique=True),
    st.sampled_from(["The desk", "The review desk", "Our correspondents"]),
)
def test_a_dashed_sign_off_closing_on_capitals_names_the_cities(
    capitals: list[str], signer: str
) -> None:
    text = f"The ministry said talks would go on.\n\n— {signer} ({' and '.join(capitals)})"
    found = links(text)
    assert {name: found[name] for name in capitals} == {
        name: (CITY[name], "name") for name in capitals
    }
