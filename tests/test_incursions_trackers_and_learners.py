"""What ship trackers' newsletters and learners' plain-English stories write beside a report,
and what it does not count (blind-61): a number that names a cable or a ship ("the No. 3
submarine cable"), a crew counted, ships on one side of the median line, a glossary's "The
TB-001 is a large Chinese drone", a period declared "through Wednesday"; and what it does: a
count "in the same area" as the one before. Real spaCy model and the real pipeline, as a
user's article is read."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import facts_at

TUESDAY = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
SUNDAY_REPORT = [
    (6, "navy vessels", "around Taiwan", "Taiwan", "2026-03-01"),
    (8, "aircraft", "around Taiwan", "Taiwan", "2026-03-01"),
]
MND_SUNDAY = (
    "In its report on Sunday, Taiwan's Ministry of National Defense listed eight aircraft and "
    "six navy vessels around Taiwan."
)


def test_a_number_after_no_names_a_cable_and_a_crew_counts_people() -> None:
    text = (
        "TAIPEI — Taiwan's coast guard on Monday detained the crew of a Togo-flagged cargo "
        "ship suspected of severing the Taiwan–Penghu No. 3 submarine cable, the third such "
        "incident near the island.\n\nThe ship's crew of eight are Chinese nationals, the CGA "
        "said. " + MND_SUNDAY
    )
    assert facts_at(text, TUESDAY) == SUNDAY_REPORT


def test_ships_on_one_side_of_the_median_line_did_not_cross_it() -> None:
    text = (
        "The coast guard also noted that two China Coast Guard ships were sailing about 30 "
        "nautical miles west of Penghu, on the Chinese side of the median line, on Sunday."
    )
    assert facts_at(text, TUESDAY) == []
    # Beside a report, the ships are near Taiwan still; none crossed the line.
    zones = {fact[2] for fact in facts_at(text + "\n\n" + MND_SUNDAY, TUESDAY)}
    assert zones == {"around Taiwan"}


@given(
    side=st.sampled_from(
        ["crossed to the eastern side of", "crossed onto Taiwan's side of", "crossed"]
    )
)
def test_ships_that_crossed_to_the_other_side_of_the_line_crossed_it(side: str) -> None:
    text = f"On Sunday, two PLA Navy ships {side} the median line."
    assert facts_at(text, TUESDAY) == [(2, "navy vessels", "median line", "Taiwan", "2026-03-01")]


def test_a_glossarys_type_described_is_no_drone_sighted() -> None:
    text = (
        "Taiwan's Defense Ministry reported 27 Chinese military aircraft, including two TB-001 "
        "drones, near the island in the 24 hours to 6 a.m. Tuesday.\n\nThe TB-001 is a large "
        "Chinese drone with two engines. It can fly for a long time."
    )
    assert facts_at(text, TUESDAY) == [(27, "aircraft", "around Taiwan", "Taiwan", "2026-03-03")]


def test_there_is_a_drone_still_counts_one() -> None:
    text = "There was a Chinese drone in Taiwan's ADIZ on Monday, the ministry said."
    assert facts_at(text, TUESDAY) == [(1, "drones", "ADIZ", "Taiwan", "2026-03-02")]


def test_a_period_declared_through_a_weekday_is_not_the_reports_day() -> None:
    text = (
        "Taiwan's MND said on Tuesday it had detected 21 PLA aircraft and 12 PLAN vessels "
        "around Taiwan in the 24 hours to 6 a.m., and that China had declared seven reserved "
        "airspace zones off Zhejiang and Fujian through Wednesday."
    )
    assert facts_at(text, TUESDAY) == [
        (12, "navy vessels", "around Taiwan", "Taiwan", "2026-03-03"),
        (21, "aircraft", "around Taiwan", "Taiwan", "2026-03-03"),
    ]


@given(
    first=st.integers(min_value=2, max_value=40),
    second=st.integers(min_value=2, max_value=40),
    area=st.sampled_from(["the same area", "the same zone"]),
)
def test_a_count_in_the_same_area_is_in_the_zone_named_before(
    first: int, second: int, area: str
) -> None:
    text = (
        f"On Saturday, {first} Chinese aircraft entered Taiwan's air defense identification "
        f"zone, Taiwan said. On Sunday, {second} more aircraft flew into {area}."
    )
    monday = datetime(2021, 1, 25, 3, 0, tzinfo=UTC)
    assert facts_at(text, monday) == sorted(
        [
            (first, "aircraft", "ADIZ", "Taiwan", "2021-01-23"),
            (second, "aircraft", "ADIZ", "Taiwan", "2021-01-24"),
        ]
    )


@given(number=st.integers(min_value=1, max_value=99), sign=st.sampled_from(["No.", "no."]))
def test_any_number_after_no_names_and_counts_nothing(number: int, sign: str) -> None:
    text = (
        f"Chinese ships were suspected of cutting the Taiwan–Matsu {sign} {number} submarine "
        "cable near the island on Monday."
    )
    assert facts_at(text, TUESDAY) == []


@given(
    subject=st.sampled_from(["They were still", "The ships were still", "Both were still"]),
    where=st.sampled_from(["there", "inside", "in the waters"]),
    # "The vessels had not left as of noon Tuesday": the stay goes on, as "still there" says.
    not_left=st.sampled_from(["", "The vessels had not left", "They had yet to leave"]),
    count=st.integers(min_value=2, max_value=9),
)
def test_ships_still_there_the_next_day_are_counted_on_that_day(
    subject: str, where: str, not_left: str, count: int
) -> None:
    # Rule 9: a stay not yet over is counted where it stands, and only there.
    still = not_left or f"{subject} {where}"
    text = (
        f"{count} China Coast Guard ships entered Japan's territorial waters near the Senkakus "
        f"at about 4 a.m. Monday. {still} as of Tuesday morning, the Japan Coast Guard said."
    )
    assert facts_at(text, TUESDAY) == [
        (count, "official ships", "territorial waters", "Senkaku Islands", "2026-03-03")
    ]


def test_a_later_sentence_about_something_else_leaves_the_entry_its_day() -> None:
    entry = (
        "Two China Coast Guard ships entered Japan's territorial waters near the Senkakus on "
        "Monday. "
    )
    monday = [(2, "official ships", "territorial waters", "Senkaku Islands", "2026-03-02")]
    # Another subject, or a day more than a week later, tells no stay of these ships.
    assert facts_at(entry + "The law was still in force on Tuesday, Japan said.", TUESDAY) == monday
    assert facts_at(entry + "They left on Tuesday, the coast guard said.", TUESDAY) == monday
    # A stay that ended ("remained there until Tuesday") is counted on the day it began.
    assert facts_at(entry + "They remained there until Tuesday morning.", TUESDAY) == monday
    assert facts_at(entry + "They did not leave until Tuesday morning.", TUESDAY) == monday
