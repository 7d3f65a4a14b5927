"""Slide decks, PDF briefings and charts extracted to text: a week of days strung on one line
whose legend says what the numbers count, a day's craft counts as cells of one line, a bullet's
dated counts, a daybook's day heading over its clock-stamped entries, and a month's bullet
recalled on a slide. Each dated cell is one fact per craft; a week total is none."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

AROUND = ("around Taiwan", "Taiwan")


def test_a_strung_row_of_dated_cells_takes_the_craft_its_legend_names() -> None:
    text = (
        "PLA Activity Tracker\n\n"
        "Table 1: Aircraft / vessels reported by MND (6am–6am, dated by report day)\n"
        "17 Oct 12/5 · 18 Oct 20/7 · 19 Oct 8/4\n"
        "Format: aircraft/ships\n"
        "Week total: 40 aircraft, 16 ship-days\n"
    )
    assert facts_at(text, datetime(2022, 10, 20, 9, tzinfo=UTC)) == sorted(
        [
            (12, "aircraft", *AROUND, "2022-10-17"),
            (5, "navy vessels", *AROUND, "2022-10-17"),
            (20, "aircraft", *AROUND, "2022-10-18"),
            (7, "navy vessels", *AROUND, "2022-10-18"),
            (8, "aircraft", *AROUND, "2022-10-19"),
            (4, "navy vessels", *AROUND, "2022-10-19"),
        ]
    )


def test_a_charts_bare_days_take_the_month_of_its_title() -> None:
    text = (
        "Slide 12\n"
        "[chart] Daily PLA aircraft, 8–11 July 2025 (MND) — bars\n"
        "Tue 8: 14 | Wed 9: 22 | Thu 10: 9 | Fri 11: 27\n"
    )
    assert facts_at(text, datetime(2025, 7, 12, 9, tzinfo=UTC)) == sorted(
        [
            (14, "aircraft", *AROUND, "2025-07-08"),
            (22, "aircraft", *AROUND, "2025-07-09"),
            (9, "aircraft", *AROUND, "2025-07-10"),
            (27, "aircraft", *AROUND, "2025-07-11"),
        ]
    )


def test_a_row_whose_legend_only_counts_a_total_is_left_alone() -> None:
    """ "Week total: 97 aircraft" counts; it names no craft for the days beside it, and a chart
    of running sums gives no day's figure."""
    published = datetime(2025, 4, 7, 8, tzinfo=UTC)
    counted = "PLA activity (MND)\nMon 31 Mar 19 | Tue 1 Apr 68 | Wed 2 Apr 41\nWeek total: 128 aircraft\n"
    running = "Cumulative PLA aircraft (MND)\nMon 31 Mar 19 | Tue 1 Apr 87 | Wed 2 Apr 128\n"
    assert facts_at(counted, published) == []
    assert facts_at(running, published) == []


@settings(max_examples=10, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=90), min_size=3, max_size=7),
    st.sampled_from([" | ", " · ", "; "]),
)
def test_every_dated_cell_is_its_days_fact(counts: list[int], separator: str) -> None:
    """Whatever the separator and however many days, each cell is one fact of its own day."""
    cells = separator.join(f"{day + 1} Apr {count}" for day, count in enumerate(counts))
    text = f"PLA activity around Taiwan (MND)\n{cells}\nChart: aircraft per day\n"
    expected = [
        (count, "aircraft", *AROUND, f"2025-04-{day + 1:02d}")
        for day, count in enumerate(counts)
        if count
    ]
    assert facts_at(text, datetime(2025, 4, 8, 8, tzinfo=UTC)) == sorted(expected)


def test_a_line_of_craft_cells_is_the_days_counts() -> None:
    text = (
        "PLA balloon overflights | briefing | INDSR\n"
        "Latest 24 hours (0600 Tue 9 Jan – 0600 Wed 10 Jan 2024)\n"
        "Aircraft 8 | Ships 6 | Balloons 3\n"
    )
    assert facts_at(text, datetime(2024, 1, 10, 2, tzinfo=UTC)) == sorted(
        [
            (8, "aircraft", *AROUND, "2024-01-10"),
            (6, "navy vessels", *AROUND, "2024-01-10"),
            (3, "balloons", *AROUND, "2024-01-10"),
        ]
    )


def test_slashed_craft_counts_cite_their_source_in_a_bracket() -> None:
    text = (
        "NTU Summer Program | Day 5\n"
        "Warm-up: this morning's numbers\n"
        "19 aircraft / 10 ships / 1 official ship (MND, 6am–6am)\n"
        "12 of the aircraft → crossed median line, entered northern & central ADIZ\n"
    )
    assert facts_at(text, datetime(2025, 8, 24, 3, tzinfo=UTC)) == sorted(
        [
            (12, "aircraft", "median line", "Taiwan", "2025-08-24"),
            (12, "aircraft", "ADIZ", "Taiwan", "2025-08-24"),
            (19, "aircraft", *AROUND, "2025-08-24"),
            (10, "navy vessels", *AROUND, "2025-08-24"),
            (1, "official ships", *AROUND, "2025-08-24"),
        ]
    )


def test_a_bullets_dated_counts_are_each_their_days() -> None:
    text = (
        "Slide 4 — PLA naval presence around Taiwan (MND)\n"
        "• PLAN vessels: 21 on 1 Apr; 13 on 2 Apr\n"
        "• China Coast Guard ships: 4 on 1 Apr\n"
    )
    assert facts_at(text, datetime(2025, 4, 7, 8, tzinfo=UTC)) == sorted(
        [
            (21, "navy vessels", *AROUND, "2025-04-01"),
            (13, "navy vessels", *AROUND, "2025-04-02"),
            (4, "official ships", *AROUND, "2025-04-01"),
        ]
    )


def test_a_dotted_count_keeps_its_sectors_note() -> None:
    text = (
        "MINISTRY OF NATIONAL DEFENSE BRIEFING PACK — PLA activity | 15 Sep 2026\n"
        "(1) Detected 0600 14 Sep – 0600 15 Sep\n"
        "PLA aircraft ........ 52\n"
        "  of which crossed median line / entered ADIZ ........ 38 (N 9, C 14, SW 11, E 4)\n"
    )
    assert facts_at(text, datetime(2026, 9, 15, 1, tzinfo=UTC)) == sorted(
        [
            (52, "aircraft", *AROUND, "2026-09-15"),
            (38, "aircraft", "median line", "Taiwan", "2026-09-15"),
            (38, "aircraft", "ADIZ", "Taiwan", "2026-09-15"),
        ]
    )


def test_clock_stamped_entries_are_of_the_day_heading_them() -> None:
    text = (
        "Kinmen waters: law-enforcement situation report\n\n"
        "Tuesday 19 Mar\n"
        "• 0800: four CCG vessels entered restricted waters south of Kinmen\n"
        "• left restricted waters 1040\n"
    )
    assert facts_at(text, datetime(2024, 3, 20, 2, tzinfo=UTC)) == [
        (4, "official ships", "restricted waters", "Kinmen", "2024-03-19")
    ]


def test_a_months_bullet_on_a_slide_is_no_report_of_the_day() -> None:
    text = (
        "Missile Threat to Taiwan: Wargame Debrief | 5 Nov 2025\n"
        "Slide 2 — Baseline\n"
        "• Aug 2022: 11 ballistic missiles into 'closure zones' around Taiwan\n"
    )
    assert facts_at(text, datetime(2025, 11, 5, 15, tzinfo=UTC)) == []
