"""Capitals in a newsroom's daybooks, diaries and planning notes, from the real pipeline: a
desk's clock, the desks a memo is sent to and the section a line heads are the cities, while
a headline's capital that acts and a scholar's "guarantees to Tokyo" stay the governments.

Each case is a shape blind-57's news agendas and scholarly papers showed monitor reading wrongly.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


CITY = {"Tokyo": "tokyo", "Taipei": "taipei", "Seoul": "seoul", "Manila": "manila",
        "Beijing": "beijing"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a desk's clock
        ("Desk log, Jan. 12\n\n0912 Taipei -- Brief moved on the MND sheet.", "Taipei",
         ("taipei", "name")),
        ("Embargoed until 0600 Taipei Friday (2200 GMT Thursday).", "Taipei", ("taipei", "name")),
        ("-- 1500 (Beijing) Foreign Ministry briefing: expect a protest.", "Beijing",
         ("beijing", "name")),
        ("WHAT TO WATCH (times Taipei/Tokyo, GMT+8/GMT+9)\n\nMON 16 -- MND report.", "Tokyo",
         ("tokyo", "name")),
        # the desks a memo addresses
        ("TO: Tokyo, Taipei and Seoul desks. The Defense Ministry has handed out the paper.",
         "Tokyo", ("tokyo", "name")),
        ("MEMO TO TAIPEI, TOKYO AND BEIJING BUREAUS -- from the regional editor", "BEIJING",
         ("beijing", "name")),
        # the section a line heads, in capitals
        ("Briefings follow.\n\n4) BEIJING. Foreign Ministry spokesman Wang Wenbin's briefing.",
         "BEIJING", ("beijing", "name")),
        ("Agenda:\n-- BEIJING: China's Defence Ministry spokesman's monthly briefing.",
         "BEIJING", ("beijing", "name")),
        ("TOKYO DAYBOOK -- Monday, April 18\n\nAll times JST.", "TOKYO", ("tokyo", "name")),
        ("Schedule:\n2) TOKYO, 1030 JST -- Defense Minister Gen Nakatani's news conference.",
         "TOKYO", ("tokyo", "name")),
        # a wire's dateline quoted, a trip's list
        ("Kyodo News, datelined Tokyo, emphasised the proximity of the flights.", "Tokyo",
         ("tokyo", "name")),
        ("Two reporters, plus one each flying in from Tokyo and Taipei on Thursday.", "Taipei",
         ("taipei", "name")),
        # still the governments
        ("The ships' wording is aimed as much at a domestic audience as at Tokyo.", "Tokyo",
         ("japan", "capital")),
        ("The move may weaken the credibility of US guarantees to Tokyo.", "Tokyo",
         ("japan", "capital")),
        ("BEIJING WARNS TOKYO OVER DRILLS\n\nChina protested on Monday.", "TOKYO",
         ("japan", "capital")),
        ("In 2024 Beijing stepped up its pressure on Taipei.", "Beijing", ("china", "capital")),
    ],
)  # fmt: skip
def test_a_newsroom_capital_is_its_city_and_a_government_stays_one(
    text: str, surface: str, expected: tuple[str, str]
) -> None:
    assert links(text)[surface] == expected


@settings(max_examples=12, deadline=None)
@given(
    st.lists(st.sampled_from(sorted(CITY)), min_size=2, max_size=3, unique=True),
    st.sampled_from(["desks", "bureaus", "correspondents"]),
)
def test_every_capital_of_a_list_closing_on_desks_is_the_city(
    capitals: list[str], desks: str
) -> None:
    listed = ", ".join(capitals[:-1]) + " and " + capitals[-1]
    found = links(f"Please note: {listed} {desks} file reaction pieces for Tuesday.")
    assert {name: found[name] for name in capitals} == {
        name: (CITY[name], "name") for name in capitals
    }


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(sorted(CITY)),
    st.integers(min_value=0, max_value=19),
    st.integers(min_value=0, max_value=59),
)
def test_a_desk_clock_before_a_capital_makes_it_the_city(
    capital: str, hour: int, minute: int
) -> None:
    text = f"Advisory\n\n{hour:02d}{minute:02d} {capital} -- The ministry moved its sheet."
    assert links(text)[capital] == (CITY[capital], "name")
