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


@settings(max_examples=10, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 6), st.integers(0, 60), st.integers(0, 12)),
        min_size=1,
        max_size=4,
        unique_by=lambda row: row[0],
    ),
    st.sampled_from(["-", "/"]),
)
def test_every_row_of_a_dated_table_gives_exactly_its_cells(
    rows: list[tuple[int, int, int]], separator: str
) -> None:
    lines = [
        f"{(PUBLISHED.date() - timedelta(days=back)).strftime(f'%Y{separator}%m{separator}%d')}"
        f" | {aircraft} | {ships}"
        for back, aircraft, ships in rows
    ]
    text = (
        "Weekly cross-strait digest\n\n"
        "MND figures for the 24 h ending 06:00 on the date shown.\n"
        "Date | PLA aircraft | PLAN vessels\n" + "\n".join(lines) + "\n"
    )
    expected = []
    for back, aircraft, ships in rows:
        day = (PUBLISHED.date() - timedelta(days=back)).isoformat()
        expected += [(aircraft, "aircraft", *AROUND, day)] if aircraft else []
        expected += [(ships, "navy vessels", *AROUND, day)] if ships else []
    assert facts_at(text, PUBLISHED) == sorted(expected)
