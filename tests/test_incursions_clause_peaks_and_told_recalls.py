"""Incursion facts around a month's peak day, a report recalled "a day after", and restricted
waters told of by Taiwan's coast guard: a peak day that opens a later clause ("..., and the
month's busiest day saw 59 aircraft") is a record, no fact of its day (rules 5 and 8); a figure
recalled "a day after the ministry reported" beside craft the story gives no figure for is none
either (rule 8); and Taiwan named only as who told of the restricted waters leaves them the
story's island's (rule 6). Passages written for these tests in the shapes of wire copy; the
real spaCy model, as in the other tests."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import Fact, around_taiwan, facts_at

MONTH_START = datetime(2026, 4, 2, 7, tzinfo=UTC)  # a Thursday
THURSDAY = "2026-04-02"


def facts(text: str) -> list[Fact]:
    return facts_at(text, MONTH_START)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese military aircraft were tracked around Taiwan on 27 days in March, the defence "
        "ministry's daily reports show, and the month's busiest day brought 71 aircraft.",
        "PLA warships were reported near the island every day last month; the busiest day of "
        "the month saw 17 of them and 45 aircraft.",
        "Chinese aircraft entered the ADIZ 390 times in March, but on the month's single "
        "busiest day 62 aircraft were counted.",
        "Beijing kept up its pressure through March, while the quarter's highest day saw 66 "
        "Chinese military aircraft around Taiwan.",
    ],
)
def test_a_peak_day_opening_a_later_clause_gives_no_fact(text: str) -> None:
    assert facts(text) == []


def test_the_clause_before_a_peak_day_keeps_its_days_count() -> None:
    text = (
        "Taiwan's defence ministry said it detected 22 Chinese military aircraft around the "
        "island in the 24 hours to 6 a.m. Thursday, and the month's busiest day so far brought 41."
    )
    assert facts(text) == [around_taiwan(22, "aircraft", THURSDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Chinese warplanes and warships kept up patrols near Taiwan on Thursday, a day after "
        "the defence ministry in Taipei reported 45 aircraft and 14 vessels.",
        "Dozens of PLA aircraft flew around Taiwan on Thursday for a second day of drills, "
        "officials said, a day after the ministry counted 28 aircraft and nine navy ships.",
        "China sent more warships toward Taiwan on Thursday, a day after Taiwan's Defense "
        "Ministry said 63 aircraft had operated around the island on the opening day of the drills.",
    ],
)
def test_a_report_recalled_a_day_after_beside_uncounted_craft_gives_no_fact(text: str) -> None:
    assert facts(text) == []


def test_the_storys_own_figure_stays_beside_a_report_recalled_a_day_after() -> None:
    text = (
        "China sent 30 aircraft around Taiwan on Thursday, a day after Taiwan's Defense "
        "Ministry reported 76 aircraft."
    )
    assert facts(text) == [around_taiwan(30, "aircraft", THURSDAY)]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Ferry operators on Kinmen cancelled two sailings to Xiamen on Thursday. Four China "
            "Coast Guard ships sailed into the restricted waters east of the island in the "
            "morning, according to Taiwan's Coast Guard Administration.",
            (4, "official ships", "restricted waters", "Kinmen", THURSDAY),
        ),
        (
            "Fishermen on Matsu's Beigan stayed in port on Thursday. Three China Coast Guard "
            "vessels entered the restricted waters off the island's north coast for about two "
            "hours, Taiwan's coast guard said.",
            (3, "official ships", "restricted waters", "Matsu", THURSDAY),
        ),
    ],
)
def test_taiwan_as_the_teller_leaves_the_restricted_waters_the_storys_island(
    text: str, fact: Fact
) -> None:
    assert facts(text) == [fact]


def test_taiwan_named_as_the_waters_owner_is_no_teller() -> None:
    text = (
        "Ferry operators on Kinmen cancelled two sailings to Xiamen on Thursday. Seven China "
        "Coast Guard ships entered restricted waters around Taiwan's outlying islands in the "
        "morning, Taiwan's Ocean Affairs Council said."
    )
    assert facts(text) == []


def test_waters_around_two_island_groups_told_by_taiwan_are_no_one_islands() -> None:
    text = (
        "Six Chinese coast guard ships near Kinmen and Matsu\n\n"
        "TAIPEI, April 2 (Reuters) — Six Chinese coast guard vessels entered restricted waters "
        "around two Taiwanese-run island groups on Thursday, Taiwan's coast guard said.\n\n"
        "Four of the vessels sailed into prohibited waters off Kinmen, while two entered those "
        "off Matsu, the coast guard said."
    )
    assert facts(text) == [
        (2, "official ships", "restricted waters", "Matsu", THURSDAY),
        (4, "official ships", "restricted waters", "Kinmen", THURSDAY),
    ]
