"""A count told as the value of "the number of CRAFT" (monitor/nlp/incursion_number_of.py):
"put the number of PLA aircraft detected ... at 68" is a count of 68 aircraft, though no craft
noun follows the 68. Real spaCy model and the real pipeline, as a user's article is read."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import facts_at

THURSDAY = datetime(2023, 9, 14, 14, 0, tzinfo=UTC)


def test_the_number_of_aircraft_put_at_a_count_is_the_days_total() -> None:
    text = (
        "Taiwan's MND, for its part, put the number of PLA aircraft detected around Taiwan in "
        "the 24 hours to 6 a.m. Thursday at 68, with 10 navy vessels; 40 of the aircraft "
        "crossed the median line."
    )
    assert facts_at(text, THURSDAY) == [
        (10, "navy vessels", "around Taiwan", "Taiwan", "2023-09-14"),
        (40, "aircraft", "median line", "Taiwan", "2023-09-14"),
        (68, "aircraft", "around Taiwan", "Taiwan", "2023-09-14"),
    ]


def test_a_clock_time_after_the_number_is_no_count() -> None:
    text = "The ministry gave the number of PLA aircraft around Taiwan at 6 a.m. on Thursday."
    assert facts_at(text, THURSDAY) == []


def test_a_number_in_another_clause_names_no_craft_for_the_count() -> None:
    text = (
        "Analysts debated the number of PLA aircraft around Taiwan. The ministry's budget "
        "was 12 billion dollars."
    )
    assert facts_at(text, THURSDAY) == []


@given(
    count=st.integers(min_value=2, max_value=150),
    craft=st.sampled_from(
        [
            ("PLA aircraft", "aircraft"),
            ("Chinese military aircraft", "aircraft"),
            ("PLA Navy ships", "navy vessels"),
        ]
    ),  # fmt: skip
    verb=st.sampled_from(
        [
            "put the number of {craft} detected around Taiwan at {count}",
            "said the number of {craft} detected around Taiwan was {count}",
        ]
    ),  # fmt: skip
)
def test_any_count_given_as_the_number_of_craft_is_counted(
    count: int, craft: tuple[str, str], verb: str
) -> None:
    named, what = craft
    text = "Taiwan's defence ministry " + verb.format(craft=named, count=count) + " on Thursday."
    assert facts_at(text, THURSDAY) == [(count, what, "around Taiwan", "Taiwan", "2023-09-14")]
