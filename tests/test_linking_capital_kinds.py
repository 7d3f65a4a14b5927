"""A capital whose kind of use English marks around it, from the real pipeline: the last word
of a name, one of a class of local governments, the subject a causative verb lets act, the
owner of a company, the clause after "the same time", what is put "at Tokyo's disposal", and
a fair or a city's hikers named with it. Sentences written for these tests, after the shapes
blind-130 and blind-131 showed monitor reading wrongly.
"""

import pytest

from tests.linking_helpers import mentions


def link_of(text: str, surface: str) -> tuple[str, str] | None:
    return next(((m.entity_id, m.kind) for m in mentions(text) if m.text == surface), None)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # the last word of a fair's or an office's name is where it is held or sits
        (
            "SEOUL -- Coffee Expo Seoul drew 60,000 visitors over four days, organisers said.",
            "Seoul",
            ("seoul", "name"),
        ),
        ("Dealers said the Wine Week Tokyo they attended was quiet.", "Tokyo", ("tokyo", "name")),
        # ... but a sentence's first word or a date opens no name with it
        ("Meanwhile Tokyo said it would protest.", "Tokyo", ("japan", "capital")),
        (
            "On Monday Beijing announced new drills around the island.",
            "Beijing",
            ("china", "capital"),
        ),
        # a byline run into the lede ends in no name: the possessive is the government's
        (
            "The Review | Comment By Emi Sato Beijing's response to the remarks has been, above all, economic.",
            "Beijing",
            ("china", "capital"),
        ),
        # a word capitalised because it opens a headline's clause, a bullet or a line after a
        # colon is no part of a name: the capital after it still acts
        (
            "Explainer: Why Beijing now sends its drones past the island's east coast",
            "Beijing",
            ("china", "capital"),
        ),
        (
            "What to watch next:\n• Whether Tokyo answers the ban with a complaint at the WTO.",
            "Tokyo",
            ("japan", "capital"),
        ),
        (
            "Notes for exporters\n- Expect Beijing to widen the ban before the summit.",
            "Beijing",
            ("china", "capital"),
        ),
        # in a title-case line a capital's possessive before capitalised words names no body
        (
            "The Week: Drills Near Matsu, a New Patrol Deal, and Washington's Drone Package\n\n"
            "The State Department approved the sale on Friday.",
            "Washington",
            ("united-states", "capital"),
        ),
        # one of "the other municipalities" is a city, paying its own share
        (
            "Under the plan Seoul and the other large cities would pay half of the cost.",
            "Seoul",
            ("seoul", "name"),
        ),
        (
            "Washington and other capitals condemned the launch.",
            "Washington",
            ("united-states", "capital"),
        ),
        # helped or let to act, the capital is the subject of the bare verb: a government
        (
            "Allied shipyards could help Washington rebuild stocks of munitions.",
            "Washington",
            ("united-states", "capital"),
        ),
        ("A tax break would help Tokyo commuters most.", "Tokyo", ("tokyo", "name")),
        # a company the capital's possessive owns is there
        (
            "The deal joins Osaka-based Hoshi Foods and Seoul's Daewon Snack Holdings.",
            "Seoul",
            ("seoul", "name"),
        ),
        # "at the same time" opens a clause, no clock of the capital
        (
            "At the same time Tokyo lifted its ban on beef from four states.",
            "Tokyo",
            ("japan", "capital"),
        ),
        # what is put at a capital's disposal the government uses
        (
            "The US placed two transport planes at Manila's disposal.",
            "Manila",
            ("philippines", "capital"),
        ),
        # a trade fair, a toy and gift fair, and the hikers of the city are the city's
        ("Buyers at a Taipei trade fair said orders were flat.", "Taipei", ("taipei", "name")),
        (
            "Rain dampens Tokyo toy and gift fair\n\nExhibitors packed up early on Friday.",
            "Tokyo",
            ("tokyo", "name"),
        ),
        (
            "Smog alert keeps Seoul's hikers indoors\n\nTrails closed on Sunday.",
            "Seoul",
            ("seoul", "name"),
        ),
    ],
)
def test_a_capitals_kind_of_use(text: str, surface: str, expected: tuple[str, str]) -> None:
    assert link_of(text, surface) == expected
