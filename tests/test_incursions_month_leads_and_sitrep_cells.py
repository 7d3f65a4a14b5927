"""Incursion facts from a month's list led by a line ending in a colon (its lines give none,
though China is named only in them), a table's "Cumulative December" note (no day's count), a
release's table with a remarks column, and a SITREP's cells ("PLA aircraft: 21 (ADIZ: 14)",
"32 aircraft / 24 in ADIZ"). Written for these tests in the shapes of blind-39, blind-86 and
blind-88; the real spaCy model and pipeline."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

NOVEMBER_6 = datetime(2025, 11, 6, 9, 0, tzinfo=UTC)
MONTHS = ["October", "September", "August"]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(MONTHS), st.integers(150, 400), st.integers(1, 40))
def test_a_list_a_months_lead_line_stands_over_gives_no_fact(
    month: str, aircraft: int, ships: int
) -> None:
    # The month's sums (rule 5); the lines are the only place China's craft are named, and
    # the story is still read as China's, so a day's report after them would still count.
    text = (
        f"By the numbers\n\n{month} around Taiwan, according to the island's defence ministry:\n\n"
        f"— {aircraft} Chinese military aircraft logged around the island\n"
        f'— {ships} "official ships", mostly from the China Coast Guard\n'
        "— 9 balloons, all in the first half of the month\n\n"
        "Those numbers are lower than a year earlier."
    )
    assert facts_at(text, NOVEMBER_6) == []


def test_a_day_reported_after_a_months_list_naming_china_is_still_read() -> None:
    text = (
        "October around Taiwan, from the defence ministry:\n\n"
        "— 318 PLA aircraft\n"
        "— 182 PLA Navy ships\n\n"
        "On Thursday the ministry counted 14 aircraft around Taiwan."
    )
    assert facts_at(text, NOVEMBER_6) == [(14, "aircraft", "around Taiwan", "Taiwan", "2025-11-06")]


DECEMBER_6 = datetime(2023, 12, 6, 2, 15, tzinfo=UTC)


def test_a_release_table_with_remarks_and_a_cumulative_months_note() -> None:
    # "Cumulative December: 31 aircraft" names the month its sum runs over: no day's count.
    text = (
        "PLA activity around Taiwan (Dec 6, 2023) – daily table\n"
        "Data source: Ministry of National Defense R.O.C.\n\n"
        "Item | Number | Remark\n"
        "PLA aircraft | 13 | J-10, Su-30, Y-8 ASW\n"
        "PLA vessels | 6 | -\n"
        "Balloons | 2 | one crossed the median line north of Keelung\n"
        "Period: 06:00 Dec 5 – 06:00 Dec 6\n\n"
        "Note: Cumulative December: 31 aircraft."
    )
    assert facts_at(text, DECEMBER_6) == [
        (1, "balloons", "median line", "Taiwan", "2023-12-06"),
        (2, "balloons", "around Taiwan", "Taiwan", "2023-12-06"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2023-12-06"),
        (13, "aircraft", "around Taiwan", "Taiwan", "2023-12-06"),
    ]


JANUARY_17 = datetime(2025, 1, 17, 1, 0, tzinfo=UTC)
ZONES = [("ADIZ", "ADIZ"), ("median line", "median line")]


@settings(max_examples=6, deadline=None)
@given(st.integers(10, 60), st.integers(1, 9), st.sampled_from(ZONES))
def test_a_sitreps_cell_gives_the_total_and_the_zones_part(
    total: int, part: int, zone: tuple[str, str]
) -> None:
    written, labelled = zone
    text = (
        "SITREP 17 JAN 2025 / 0900 TPE\n"
        "Source: ROC MND, activity around Taiwan, 24 h to 0600 local\n\n"
        f"- PLA aircraft: {total} ({written}: {part})\n"
        "- PLAN: 9\n"
        "- Official ships: nil\n"
    )
    assert facts_at(text, JANUARY_17) == sorted([
        (total, "aircraft", "around Taiwan", "Taiwan", "2025-01-17"),
        (part, "aircraft", labelled, "Taiwan", "2025-01-17"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2025-01-17"),
    ])  # fmt: skip


def test_a_slash_between_a_count_and_its_part_in_the_adiz_is_a_comma() -> None:
    text = (
        "SITREP 17 JAN 2025 / 0900 TPE\n"
        "Source: ROC MND, activity around Taiwan, 24 h to 0600 local\n\n"
        "- Ref 14 JAN (Tue): 32 aircraft / 24 in ADIZ, joint combat readiness patrol\n"
    )
    assert facts_at(text, JANUARY_17) == [
        (24, "aircraft", "ADIZ", "Taiwan", "2025-01-14"),
        (32, "aircraft", "around Taiwan", "Taiwan", "2025-01-14"),
    ]
