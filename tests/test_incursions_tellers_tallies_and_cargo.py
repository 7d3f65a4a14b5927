"""Incursion facts as the stationery, recycling, bakery and coatings trade press word them
(blind-136 and blind-137): Taiwan named as the teller of Kinmen's or Matsu's restricted waters;
the day a ranked series began ("the seventh time since Feb. 14 that ..."), whose number is no
count; a tally in a clause of its own after ", and" ("its count for October so far"); a figure
recalled "a day after" beside the story's own of the same day; ships named by the port they
are bound for; "Of the vessels" after navy ships and coast-guard cutters. Sentences written for these tests in the shapes of that copy; the real spaCy
model, as in the other tests."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import Fact, around_taiwan, facts_at

SUNDAY = datetime(2024, 3, 3, 7, 0, tzinfo=UTC)
THURSDAY, FRIDAY, SATURDAY = "2024-02-29", "2024-03-01", "2024-03-02"


def kinmen(count: int, day: str, place: str = "Kinmen") -> Fact:
    return (count, "official ships", "restricted waters", place, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three China Coast Guard vessels entered the prohibited waters off Kinmen on "
            "Thursday, and four more did so on Saturday, Taiwan's Coast Guard Administration "
            "said on Sunday.",
            [kinmen(3, THURSDAY), kinmen(4, SATURDAY)],
        ),
        (
            "Four China Coast Guard ships entered restricted waters near Matsu on Friday, and "
            "two more did so on Saturday, according to Taiwan's Ocean Affairs Council.",
            [kinmen(2, SATURDAY, "Matsu"), kinmen(4, FRIDAY, "Matsu")],
        ),
        (
            "Two Chinese coast guard ships sailed into Kinmen's restricted waters on Friday. "
            "Three more did so on Saturday, Taiwan's coast guard said.",
            [kinmen(2, FRIDAY), kinmen(3, SATURDAY)],
        ),
    ],
)
def test_taiwan_telling_of_an_islands_restricted_waters_is_no_place_of_them(
    text: str, expected: list[Fact]
) -> None:
    """Only Kinmen and Matsu have restricted waters (rule 6): Taiwan named beside them owns or
    tells of them, and the waters stay the story's island's."""
    assert facts_at(text, SUNDAY) == expected


@pytest.mark.parametrize(
    "more",
    [
        "Chinese ships sailed into the zone again on Saturday, the seventh time since Feb. 14 "
        "that they had done so.",
        "More followed on Saturday, the coast guard said on Sunday. It was the seventh time "
        "since Feb. 14 that Chinese coast guard ships had sailed into the zone.",
        "On Saturday the vessels returned, the 12th time since Feb. 20 that Chinese ships have "
        "sailed into the zone.",
    ],
)
def test_the_day_a_ranked_series_began_counts_no_craft(more: str) -> None:
    """ "since Feb. 14" opens the series the ordinal ranks, so it dates no count; its 14 is
    still a day of the month, and no 14 ships."""
    text = (
        "Three China Coast Guard vessels entered the restricted waters off Kinmen on Thursday. "
        + more
    )
    assert facts_at(text, SUNDAY) == [kinmen(3, THURSDAY)]


TUESDAY_REPORT = datetime(2025, 10, 14, 3, 30, tzinfo=UTC)
REPORT = (
    "The ministry said it tracked 31 Chinese aircraft around Taiwan in the 24 hours to 6 a.m. "
    "on Tuesday."
)


@pytest.mark.parametrize(
    ("recalled", "expected"),
    [
        (
            "On Sunday the ministry had logged 19 aircraft, and its count for October so far "
            "stands at 187.",
            around_taiwan(19, "aircraft", "2025-10-12"),
        ),
        (
            "On Sunday the ministry logged 19 aircraft, and the count of the month so far is 187.",
            around_taiwan(19, "aircraft", "2025-10-12"),
        ),
        (
            "On Monday it reported 24 aircraft, and its running count for October so far is 211.",
            around_taiwan(24, "aircraft", "2025-10-13"),
        ),
    ],
)
def test_a_tally_in_a_clause_of_its_own_leaves_the_count_before_its_day(
    recalled: str, expected: Fact
) -> None:
    """ ", and its count for October so far stands at 187" opens a clause whose subject is a
    tally: its period is that tally's, and the 19 stay Sunday's (rule 8)."""
    facts = facts_at(f"{REPORT} {recalled}", TUESDAY_REPORT)
    assert facts == sorted([around_taiwan(31, "aircraft", "2025-10-14"), expected])


WEDNESDAY = datetime(2025, 7, 16, 5, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Twelve J-16 fighters and four H-6K bombers entered Taiwan's southwestern ADIZ on "
            "Tuesday, the Ministry of National Defense said on Wednesday, a day after it "
            "reported 45 aircraft operating around the island.",
            [(16, "aircraft", "ADIZ", "Taiwan", "2025-07-15")],
        ),
        (
            "Eight Chinese aircraft crossed the median line on Tuesday, the ministry said on "
            "Wednesday, a day after it counted 30 aircraft around Taiwan.",
            [(8, "aircraft", "median line", "Taiwan", "2025-07-15")],
        ),
        (
            "Two Chinese balloons crossed the median line on Tuesday, the defence ministry said "
            "Wednesday, a day after it had reported 25 aircraft and six ships near the island.",
            [(2, "balloons", "median line", "Taiwan", "2025-07-15")],
        ),
    ],
)
def test_a_report_recalled_a_day_before_the_telling_is_background_beside_that_days_figures(
    text: str, expected: list[Fact]
) -> None:
    """The sorties flew on Tuesday and were told on Wednesday, "a day after" the ministry's
    Tuesday report: both fall on Tuesday, and the report recalled gives no fact (rule 8)."""
    assert facts_at(text, WEDNESDAY) == expected


MONDAY_STORY = datetime(2026, 3, 17, 4, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "cargo",
    [
        "Exporters said three vessels bound for Vietnam and Indonesia had been rebooked.",
        "Two Kaohsiung-bound ships were rebooked onto a later sailing, the broker said.",
        "Shippers rebooked three Manila-bound vessels.",
    ],
)
def test_ships_bound_for_a_port_are_shipping(cargo: str) -> None:
    """A destination is a merchant voyage's: ships named by where they are bound are no craft
    China sent, whatever report stands beside them."""
    text = (
        "The ministry said 27 Chinese military aircraft were detected around Taiwan in the 24 "
        f"hours to 6 a.m. on Tuesday. On Sunday, the ministry had reported 32 aircraft. {cargo}"
    )
    assert facts_at(text, MONDAY_STORY) == [
        around_taiwan(27, "aircraft", "2026-03-17"),
        around_taiwan(32, "aircraft", "2026-03-15"),
    ]


TUESDAY_STORY = datetime(2026, 1, 13, 5, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("report", "share", "crossed"),
    [
        (
            "The ministry said it tracked 14 Chinese aircraft, six navy ships and two coast "
            "guard cutters around Taiwan in the 24 hours to 6 a.m. Tuesday.",
            "Of the vessels, five crossed the median line.",
            5,
        ),
        (
            "Taiwan detected 14 PLA aircraft, six PLA Navy vessels and two official ships around "
            "the island in the 24 hours to 6 a.m. Tuesday.",
            "Of the ships, two crossed the median line, the ministry said.",
            2,
        ),
        (
            "Fourteen Chinese military aircraft, six warships and two China Coast Guard ships "
            "were tracked around Taiwan in the 24 hours to 6 a.m. on Tuesday.",
            "Of the vessels, three sailed across the median line.",
            3,
        ),
    ],
)
def test_a_share_of_the_vessels_after_both_kinds_is_of_the_navys(
    report: str, share: str, crossed: int
) -> None:
    """ "Of the vessels" after navy ships and coast-guard cutters names both kinds, not the last
    counted; in a defence ministry's report, ships and vessels are its navy vessels."""
    day = "2026-01-13"
    assert facts_at(f"{report} {share}", TUESDAY_STORY) == sorted(
        [
            around_taiwan(14, "aircraft", day),
            around_taiwan(6, "navy vessels", day),
            around_taiwan(2, "official ships", day),
            (crossed, "navy vessels", "median line", "Taiwan", day),
        ]
    )
