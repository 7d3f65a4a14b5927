"""Tables of days flattened to text, as investor slides, threat digests and "by the numbers"
boxes print them: a header of column names, then a row a day led by its date in digits, year
first ("2025-03-04", "2024/06/17 (Mon)"), or a day's row of labelled cells split by bars
("Mon., June 2 — Aircraft: 12 | Navy ships: 6"). Each row is its day's bulletin; a zero or
"—" cell and a total row give nothing."""

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

AROUND = ("around Taiwan", "Taiwan")


def test_rows_led_by_dates_in_digits_are_each_their_days_bulletin() -> None:
    text = (
        "Investor presentation (text of slides)\n\n"
        "Slide 4 — PLA activity around Taiwan (MND daily reports, 6 a.m. to 6 a.m.)\n"
        "Date | PLA aircraft | PLAN vessels | Crossed median line or entered ADIZ\n"
        "2024/06/17 (Mon) | 21 | 8 | 15\n"
        "2024/06/19 (Wed) | 36 | 0 | —\n"
        "1–20 June total | 402 | 151 | —\n"
        "Source: Ministry of National Defense.\n"
    )
    assert facts_at(text, datetime(2024, 6, 21, 6, tzinfo=UTC)) == sorted(
        [
            (21, "aircraft", *AROUND, "2024-06-17"),
            (8, "navy vessels", *AROUND, "2024-06-17"),
            (15, "aircraft", "median line", "Taiwan", "2024-06-17"),
            (15, "aircraft", "ADIZ", "Taiwan", "2024-06-17"),
            (36, "aircraft", *AROUND, "2024-06-19"),
        ]
    )


def test_a_days_row_of_labelled_cells_is_its_days_bulletin() -> None:
    text = (
        "BY THE NUMBERS: Chinese military activity around Taiwan, June 2-6\n"
        "Mon., June 2 — Aircraft: 12 | Crossed median line/entered ADIZ: 7 | Navy ships: 6\n"
        "Thu., June 5 — Aircraft: none reported | Navy ships: 5\n"
        "Week total: 62 aircraft, 35 navy ships\n\n"
        "Source: Taiwan Ministry of National Defense.\n"
    )
    assert facts_at(text, datetime(2025, 6, 7, 1, tzinfo=UTC)) == sorted(
        [
            (12, "aircraft", *AROUND, "2025-06-02"),
            (7, "aircraft", "median line", "Taiwan", "2025-06-02"),
            (7, "aircraft", "ADIZ", "Taiwan", "2025-06-02"),
            (6, "navy vessels", *AROUND, "2025-06-02"),
            (5, "navy vessels", *AROUND, "2025-06-05"),
        ]
    )


PUBLISHED = datetime(2025, 3, 10, 3, tzinfo=UTC)
ACT_COLUMNS = [
    None,
    "Aircraft crossing median line / entering ADIZ",
    "Aircraft crossing the median line and entering the southwest ADIZ",
]
ZONES = ("median line", "ADIZ")


def test_the_cells_after_a_long_column_of_craft_and_acts_are_read() -> None:
    text = (
        "Event table (flattened from the PDF)\n"
        "Date | PLA aircraft around Taiwan | Aircraft crossing median line / entering ADIZ"
        " | PLAN vessels | Official ships | Notes\n"
        "2025-03-06 | 19 | 12 | 8 | 3 | Phishing wave\n"
        "2025-03-07 | 0 | 0 | 5 | 0 | —\n"
    )
    assert facts_at(text, PUBLISHED) == sorted(
        [
            (19, "aircraft", *AROUND, "2025-03-06"),
            (12, "aircraft", "median line", "Taiwan", "2025-03-06"),
            (12, "aircraft", "ADIZ", "Taiwan", "2025-03-06"),
            (8, "navy vessels", *AROUND, "2025-03-06"),
            (3, "official ships", *AROUND, "2025-03-06"),
            (5, "navy vessels", *AROUND, "2025-03-07"),
        ]
    )


def test_an_unmarked_bulletin_line_of_acts_leaves_the_lines_after_it_in_the_list() -> None:
    text = (
        "Defence ministry bulletin, 6 a.m. March 9 to 6 a.m. March 10:\n\n"
        "PLA aircraft: 24\n"
        "Aircraft crossing the median line and entering the northern and southwestern ADIZ: 14\n"
        "PLAN ships: 6\n"
        "Official ships: 2\n"
    )
    assert facts_at(text, PUBLISHED) == sorted(
        [
            (24, "aircraft", *AROUND, "2025-03-10"),
            (14, "aircraft", "median line", "Taiwan", "2025-03-10"),
            (14, "aircraft", "ADIZ", "Taiwan", "2025-03-10"),
            (6, "navy vessels", *AROUND, "2025-03-10"),
            (2, "official ships", *AROUND, "2025-03-10"),
        ]
    )


@settings(max_examples=10, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 6), st.integers(0, 60), st.integers(0, 12)),
        min_size=1,
        max_size=4,
        unique_by=lambda row: row[0],
    ),
    st.sampled_from(["-", "/"]),
    st.sampled_from(ACT_COLUMNS),
)
def test_every_row_of_a_dated_table_gives_exactly_its_cells(
    rows: list[tuple[int, int, int]], separator: str, act_column: str | None
) -> None:
    # A long column of craft and their acts (a zone's count) before the ships' column.
    acts = [aircraft // 2 for _, aircraft, _ in rows]
    lines = [
        f"{(PUBLISHED.date() - timedelta(days=back)).strftime(f'%Y{separator}%m{separator}%d')}"
        f" | {aircraft}{f' | {zoned}' if act_column else ''} | {ships}"
        for (back, aircraft, ships), zoned in zip(rows, acts, strict=True)
    ]
    header = f"Date | PLA aircraft{f' | {act_column}' if act_column else ''} | PLAN vessels"
    text = (
        "Weekly cross-strait digest\n\n"
        "MND figures for the 24 h ending 06:00 on the date shown.\n"
        f"{header}\n" + "\n".join(lines) + "\n"
    )
    expected = []
    for (back, aircraft, ships), zoned in zip(rows, acts, strict=True):
        day = (PUBLISHED.date() - timedelta(days=back)).isoformat()
        expected += [(aircraft, "aircraft", *AROUND, day)] if aircraft else []
        if act_column and zoned:
            expected += [(zoned, "aircraft", zone, "Taiwan", day) for zone in ZONES]
        expected += [(ships, "navy vessels", *AROUND, day)] if ships else []
    assert facts_at(text, PUBLISHED) == sorted(expected)
