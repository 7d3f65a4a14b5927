"""Report layouts read only in a text that holds their marks (incursion_layouts.py): a step whose
layout cannot be written without a mark (a bar, a slash, a dotted leader, a dash, "a.m.")
changes no sentence of a text that holds none, so a story in prose reads as it always did,
and a desk's table, a ticker's bars or a newsletter's leaders are read as their layouts still.
"""

import re
from datetime import UTC, datetime
from unittest.mock import patch

import pytest
from conftest import CI_EXAMPLES
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from incursion_helpers import around_taiwan, facts_at

from monitor.nlp import incursion_shared_acts
from monitor.nlp.incursion_layouts import LAYOUT_STEPS, Step

PUBLISHED = datetime(2026, 2, 11, 4, 15, tzinfo=UTC)  # a Wednesday
TODAY = "2026-02-11"
# The layouts the marked steps read, each with the separators that make it one or another
# layout: "{}" stands for one of them, drawn once a layout; "\0" parts sentences.
CELLS = ["|", " | ", "/", " / ", "·", " · ", ";", ", ", " "]
DASHES = [" — ", " – ", " -- ", " - ", ": ", ", ", " "]
LAYOUTS = [
    ("Aircraft 8{}Ships 6{}Balloons 3", CELLS),
    ("PLA aircraft detected{}23", [*DASHES, " ........ ", " .. ", " . . ", " | ", " "]),
    ("Wed 11 Feb — aircraft 18{}ships 6", CELLS),
    ("Wed 11 Feb{}aircraft 18, ships 6", DASHES),
    ("{}Thu 3/19 {}4 {}cold front?\0 {}1 {}", CELLS),
    ("32 aircraft{}24 in ADIZ", CELLS),
    ("Format: aircraft/ships\0 17 Oct 12/5{}18 Oct 20/7{}19 Oct 8/4", CELLS),
    ("PLA aircraft: 5 on 2 May{}7 on 3 May", CELLS),
    ("{}January 20: aircraft 19 sorties, naval vessels 8", ["・", "･", "•", "", "- "]),
    ("9{}PLA aircraft detected around Taiwan", DASHES),
    ("in the 24 hours to 6 {} The drones entered the ADIZ.", ["a.m.", "am", "a.m", "p.m."]),
    ("Mar. 3 — two drones{} Mar. 4 — five", [";", ",", "."]),
    ("9 jets on Monday, and two more{}Friday", [" on ", " ", " by "]),
    ("{} them 15 sorties crossed the median line", ["Among", "among", "Of", "Amid"]),
    ("MND release 1306{}H DEC 24: 21 PLA acft", ["00", "0", " ", ""]),
    ("the ADIZ.{}41] Two days earlier, 8 aircraft", ["[", "(", " "]),
    ("PLA activity this week (aircraft{}ships):\0Mon 9 Jun: 14{}7\0Tue 10 Jun: 21{}8", CELLS),
    ("Taiwan {}, 3 May: 21 PLA aircraft, 4 ships", ["MND", "Ministry of National Defense", "CGA"]),
    ('"Entered" is the number of aircraft that entered the ADIZ.\0Day{}Entered\0Mon{}9', CELLS),
    ("12 jets on Monday{}30 on Tuesday entering the ADIZ", [" and ", ", and ", " & ", ", ", " "]),
]


@st.composite
def texts(draw: st.DrawFn) -> list[str]:
    """The sentences of a few layouts above, with a separator drawn for each."""
    layouts = draw(st.lists(st.sampled_from(LAYOUTS), min_size=1, max_size=3))
    written = [layout.replace("{}", draw(st.sampled_from(marks))) for layout, marks in layouts]
    return [sentence for layout in written for sentence in layout.split("\0")]


MARKED = [(step, mark) for step, mark in LAYOUT_STEPS if mark is not None]


@pytest.mark.parametrize(("step", "mark"), MARKED, ids=[step.__name__ for step, _ in MARKED])
@settings(max_examples=CI_EXAMPLES * 10)
@given(sentences=texts())
def test_a_step_changes_no_text_without_its_mark(
    step: Step, mark: re.Pattern[str], sentences: list[str]
) -> None:
    assume(mark.search("".join(sentences)) is None)
    assert step(sentences) == sentences


STORY = (
    "Taiwan tracks more Chinese aircraft\n\nThe defence ministry said on Wednesday it detected "
    "Chinese military activity around the island in the 24 hours to 6 a.m.:\n\n{}\n\n"
    "Officials said the pressure was meant to test the new government."
)


def test_a_desks_cells_are_read_in_a_story_of_prose() -> None:
    text = STORY.format("PLA aircraft 27 | PLAN ships 7 | Balloons 2")
    assert facts_at(text, PUBLISHED) == sorted([
        around_taiwan(27, "aircraft", TODAY),
        around_taiwan(7, "navy vessels", TODAY),
        around_taiwan(2, "balloons", TODAY),
    ])  # fmt: skip


def test_a_newsletters_dotted_leaders_are_read_in_a_story_of_prose() -> None:
    text = STORY.format("PLA aircraft ........ 27\nPLAN ships ........ 7")
    assert facts_at(text, PUBLISHED) == sorted([
        around_taiwan(27, "aircraft", TODAY),
        around_taiwan(7, "navy vessels", TODAY),
    ])  # fmt: skip


def test_a_run_of_days_counts_shares_its_act_in_a_story_of_prose() -> None:
    text = STORY.format("It counted 12 Chinese jets on Monday and 30 on Tuesday entering the ADIZ.")
    assert facts_at(text, PUBLISHED) == [
        (12, "aircraft", "ADIZ", "Taiwan", "2026-02-09"),
        (30, "aircraft", "ADIZ", "Taiwan", "2026-02-10"),
    ]


def test_a_story_that_writes_no_run_of_days_is_not_searched_for_one() -> None:
    text = STORY.format("It counted 12 Chinese jets on Monday, and Tuesday was quiet.")
    with patch.object(incursion_shared_acts, "_RUN") as run:
        facts_at(text, PUBLISHED)
    run.sub.assert_not_called()
