"""A weekly note's day rows of slash-split counts under a heading that names the columns
("aircraft / ships"): each count is its column's craft, and a row's bracketed part that names
its craft again ("(18 aircraft crossed the median line)") is that day's zone fact. A legend
line ("Format: aircraft / PLAN ships / official ships; figure in brackets = ...") names the
columns and the bracketed figure of the rows under it."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

PUBLISHED = datetime(2025, 6, 14, 4, 0, tzinfo=UTC)
AROUND = ("around Taiwan", "Taiwan")


def test_each_slash_split_count_is_its_columns_craft() -> None:
    text = (
        "Geopolitics weekly\n\n"
        "PLA activity around Taiwan this week (MND, 24h to 06:00 on the date shown; "
        "aircraft / ships):\n"
        "Mon 9 Jun: 14 / 7\n"
        "Thu 12 Jun: 30 / 10 (18 aircraft crossed the median line)\n\n"
        "That is the quietest week this month."
    )
    assert facts_at(text, PUBLISHED) == sorted(
        [
            (14, "aircraft", *AROUND, "2025-06-09"),
            (7, "navy vessels", *AROUND, "2025-06-09"),
            (30, "aircraft", *AROUND, "2025-06-12"),
            (10, "navy vessels", *AROUND, "2025-06-12"),
            (18, "aircraft", "median line", "Taiwan", "2025-06-12"),
        ]
    )


@settings(max_examples=10, deadline=None)
@given(
    st.permutations(["aircraft", "ships", "drones"]),
    st.lists(st.integers(min_value=1, max_value=60), min_size=3, max_size=3),
    st.sampled_from([" / ", "/"]),
)
def test_the_heading_orders_the_columns(columns: list[str], counts: list[int], slash: str) -> None:
    """Whatever order the heading names the craft in, each count goes to its own column."""
    heading = f"PLA activity around Taiwan (MND; {slash.join(columns)}):\n"
    row = f"Wed 11 Jun: {slash.join(str(count) for count in counts)}\n"
    what = {"aircraft": "aircraft", "ships": "navy vessels", "drones": "drones"}
    expected = [
        (count, what[craft], *AROUND, "2025-06-11")
        for craft, count in zip(columns, counts, strict=True)
    ]
    assert facts_at(heading + row, PUBLISHED) == sorted(expected)


def test_a_row_with_fewer_counts_than_columns_is_not_given_them() -> None:
    """A row of two counts under three columns does not say which two it gives."""
    text = "PLA activity around Taiwan (MND; aircraft / drones / ships):\nWed 11 Jun: 9 / 6\n"
    assert not any(fact[1] == "drones" for fact in facts_at(text, PUBLISHED))


def test_a_part_that_names_its_craft_again_is_a_zone_fact() -> None:
    text = (
        "Taiwan's MND said 30 PLA aircraft (18 aircraft crossed the median line) operated "
        "around Taiwan on Thursday."
    )
    assert facts_at(text, PUBLISHED) == [
        (18, "aircraft", "median line", "Taiwan", "2025-06-12"),
        (30, "aircraft", *AROUND, "2025-06-12"),
    ]


def test_a_legend_names_the_columns_and_the_bracketed_figure() -> None:
    text = (
        "1. (U) Figures are Taiwan MND 24-hour counts. Key: aircraft / PLAN vessels / "
        "coast guard ships; number in brackets = aircraft that entered the southwest ADIZ.\n\n"
        "   WED 11 JUN: 17 / 5 / 3 [6]\n"
        "   THU 12 JUN: no report\n"
        "   FRI 13 JUN: 20 / 9 / 0 [12]\n"
        "   WEEK TOTAL: 37 aircraft / 14 ships\n"
    )
    assert facts_at(text, PUBLISHED) == sorted(
        [
            (17, "aircraft", *AROUND, "2025-06-11"),
            (5, "navy vessels", *AROUND, "2025-06-11"),
            (3, "official ships", *AROUND, "2025-06-11"),
            (6, "aircraft", "ADIZ", "Taiwan", "2025-06-11"),
            (20, "aircraft", *AROUND, "2025-06-13"),
            (9, "navy vessels", *AROUND, "2025-06-13"),
            (12, "aircraft", "ADIZ", "Taiwan", "2025-06-13"),
        ]
    )


@settings(max_examples=10, deadline=None)
@given(
    st.permutations(["aircraft", "PLAN ships", "official ships"]),
    st.lists(st.integers(min_value=10, max_value=60), min_size=3, max_size=3),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(["[{}]", "({})"]),
)
def test_a_legend_orders_the_columns_and_reads_the_bracket(
    columns: list[str], counts: list[int], zoned: int, bracket: str
) -> None:
    """Whatever order a legend names the columns in, each count goes to its own column, and
    the bracketed figure (a part of the aircraft) is the legend's zone count."""
    counts = [*counts, zoned]
    legend = (
        f"Format: {' / '.join(columns)}; figure in brackets = aircraft that crossed the "
        "median line.\n"
    )
    row = f"Wed 11 Jun: {' / '.join(str(count) for count in counts[:3])} "
    row += bracket.format(counts[3]) + "\n"
    what = {
        "aircraft": "aircraft",
        "PLAN ships": "navy vessels",
        "official ships": "official ships",
    }
    expected = [
        (count, what[craft], *AROUND, "2025-06-11")
        for craft, count in zip(columns, counts[:3], strict=True)
    ] + [(counts[3], "aircraft", "median line", "Taiwan", "2025-06-11")]
    assert facts_at("Taiwan's MND on China's PLA.\n\n" + legend + row, PUBLISHED) == sorted(
        expected
    )
