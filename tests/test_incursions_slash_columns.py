"""A weekly note's day rows of slash-split counts under a heading that names the columns
("aircraft / ships"): each count is its column's craft, and a row's bracketed part that names
its craft again ("(18 aircraft crossed the median line)") is that day's zone fact."""

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
