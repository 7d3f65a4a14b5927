"""A week of the defence ministry's figures typed out as a chart, a newsletter or a learners'
page lays it: a day's row closed by a dash with its craft and counts split by commas, a plain
text table whose columns dotted leaders set apart, and a table whose day cell opens with a
clipped weekday ("Mon., July 8"). Each row gives its day's facts, whatever the layout."""

from collections.abc import Callable
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

AROUND = ("around Taiwan", "Taiwan")
PUBLISHED = datetime(2025, 9, 13, 2, tzinfo=UTC)
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]


def test_a_charts_dashed_rows_give_each_days_craft() -> None:
    text = (
        "Chart 1: PLA aircraft and ships reported around Taiwan by Taiwan's Ministry of National"
        " Defense, 8–12 September 2025\n"
        "Mon 8 Sep — aircraft 11, ships 6\n"
        "Tue 9 Sep — aircraft 32, ships 9, official ships 1\n"
        "Source: MND daily reports.\n"
    )
    assert facts_at(text, PUBLISHED) == sorted(
        [
            (11, "aircraft", *AROUND, "2025-09-08"),
            (6, "navy vessels", *AROUND, "2025-09-08"),
            (32, "aircraft", *AROUND, "2025-09-09"),
            (9, "navy vessels", *AROUND, "2025-09-09"),
            (1, "official ships", *AROUND, "2025-09-09"),
        ]
    )


def test_prose_after_a_dash_is_not_a_row() -> None:
    """ "Sept. 9 — a day after 30 aircraft, ..." is a sentence, not cells of craft counts."""
    text = "Sept. 9 — China sent 30 aircraft, the MND said, and 12 of them entered the ADIZ.\n"
    assert facts_at(text, PUBLISHED) == sorted(
        [(30, "aircraft", *AROUND, "2025-09-09"), (12, "aircraft", "ADIZ", "Taiwan", "2025-09-09")]
    )


def test_a_newsletters_dotted_table_reads_its_columns() -> None:
    text = (
        "2 | THE WEEK IN PLA ACTIVITY (from the MND daily reports)\n"
        "Day ......... Aircraft ... Ships ... Into ADIZ\n"
        "Mon 8 Sep ... 12 ......... 7 ....... 4\n"
        "Wed 10 Sep .. 9 .......... 6 ....... –\n"
        "That's 21 aircraft for the two days.\n"
    )
    assert facts_at(text, PUBLISHED) == sorted(
        [
            (12, "aircraft", *AROUND, "2025-09-08"),
            (7, "navy vessels", *AROUND, "2025-09-08"),
            (4, "aircraft", "ADIZ", "Taiwan", "2025-09-08"),
            (9, "aircraft", *AROUND, "2025-09-10"),
            (6, "navy vessels", *AROUND, "2025-09-10"),
        ]
    )


def test_a_table_whose_days_open_with_a_clipped_weekday_reads_every_row() -> None:
    text = (
        "Taiwan's Ministry of National Defense (MND) counts Chinese aircraft near the island.\n\n"
        "Day | Aircraft | Navy ships | Aircraft that entered the ADIZ\n"
        "Mon., Sept. 8 | 14 | 8 | 6\n"
        "Tue., Sept. 9 | 21 | 7 | 13\n"
    )
    assert facts_at(text, PUBLISHED) == sorted(
        [
            (14, "aircraft", *AROUND, "2025-09-08"),
            (8, "navy vessels", *AROUND, "2025-09-08"),
            (6, "aircraft", "ADIZ", "Taiwan", "2025-09-08"),
            (21, "aircraft", *AROUND, "2025-09-09"),
            (7, "navy vessels", *AROUND, "2025-09-09"),
            (13, "aircraft", "ADIZ", "Taiwan", "2025-09-09"),
        ]
    )


def _dashed(day: str, aircraft: int, ships: int) -> str:
    return f"{day} — aircraft {aircraft}, ships {ships}\n"


def _dotted(day: str, aircraft: int, ships: int) -> str:
    return f"{day} ... {aircraft} ...... {ships}\n"


def _barred(day: str, aircraft: int, ships: int) -> str:
    weekday, date = day.split(" ", 1)
    return f"{weekday}., {date} | {aircraft} | {ships}\n"


_HEADS = {
    _dashed: "",
    _dotted: "Day ...... Aircraft ...... Ships\n",
    _barred: "Day | Aircraft | Ships\n",
}


@settings(max_examples=10, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 60), st.integers(1, 20)), min_size=2, max_size=5),
    st.sampled_from([_dashed, _dotted, _barred]),
)
def test_every_typed_row_is_its_days_facts(
    counts: list[tuple[int, int]], layout: Callable[[str, int, int], str]
) -> None:
    """However the week is typed, each row gives its day's aircraft and ships, and no other."""
    rows = "".join(
        layout(f"{WEEKDAYS[at]} {8 + at} Sep", aircraft, ships)
        for at, (aircraft, ships) in enumerate(counts)
    )
    text = f"PLA aircraft and ships around Taiwan (MND daily reports)\n{_HEADS[layout]}{rows}"
    expected = [
        fact
        for at, (aircraft, ships) in enumerate(counts)
        for fact in [
            (aircraft, "aircraft", *AROUND, f"2025-09-{8 + at:02d}"),
            (ships, "navy vessels", *AROUND, f"2025-09-{8 + at:02d}"),
        ]
    ]
    assert facts_at(text, PUBLISHED) == sorted(expected)
