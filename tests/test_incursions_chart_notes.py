"""Data journalists' chart notes and law blogs' examples: a flattened table whose header is a
sentence ("... | PLA Navy ships."), a day's list with ", of which 10 entered the ADIZ", type
names sharing a count ("nine DF-15 and DF-17 missiles"), and the figures that are no sighting:
a supposed or hypothetical count, and a chart legend's threshold."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

AROUND = ("around Taiwan", "Taiwan")


def test_a_prose_table_header_names_its_last_column_without_the_full_stop() -> None:
    text = (
        "Week in numbers: Chinese military activity near Taiwan\n\n"
        "Table, flattened for text-only readers. Columns: date | aircraft detected | "
        "aircraft entering the ADIZ | PLA Navy ships.\n\n"
        "Mon Jan 13 | 18 | 11 | 7\n"
        "Tue Jan 14 | 25 | 19 | 6\n"
    )
    assert facts_at(text, datetime(2025, 1, 18, 4, tzinfo=UTC)) == sorted(
        [
            (18, "aircraft", *AROUND, "2025-01-13"),
            (11, "aircraft", "ADIZ", "Taiwan", "2025-01-13"),
            (7, "navy vessels", *AROUND, "2025-01-13"),
            (25, "aircraft", *AROUND, "2025-01-14"),
            (19, "aircraft", "ADIZ", "Taiwan", "2025-01-14"),
            (6, "navy vessels", *AROUND, "2025-01-14"),
        ]
    )


@settings(max_examples=10, deadline=None)
@given(
    st.integers(10, 60), st.integers(1, 9), st.integers(1, 20), st.sampled_from(["which", "them"])
)
def test_a_count_after_of_which_is_a_share_of_the_days_total(
    total: int, share: int, ships: int, pronoun: str
) -> None:
    text = (
        "Daily tracker\n\n"
        "Monday's numbers from the Ministry of National Defense (24 hours to 6 a.m.): "
        f"{total} aircraft, of {pronoun} {share} entered the ADIZ; "
        f"{ships} People's Liberation Army Navy vessels."
    )
    assert facts_at(text, datetime(2025, 2, 24, 3, 40, tzinfo=UTC)) == sorted(
        [
            (total, "aircraft", *AROUND, "2025-02-24"),
            (share, "aircraft", "ADIZ", "Taiwan", "2025-02-24"),
            (ships, "navy vessels", *AROUND, "2025-02-24"),
        ]
    )


def test_two_type_names_joined_by_and_share_one_count_of_missiles() -> None:
    text = (
        "Tracking the launches\n\n"
        "The People's Liberation Army Rocket Force fired nine DF-15 and DF-17 ballistic "
        "missiles into waters around Taiwan on Tuesday afternoon, Taiwan's Ministry of "
        "National Defense said."
    )
    assert facts_at(text, datetime(2026, 5, 19, 12, tzinfo=UTC)) == [
        (9, "missiles", *AROUND, "2026-05-19")
    ]


SUPPOSING = [
    "A reader's question: suppose {n} PLA fighters entered Taiwan's ADIZ. What may Taiwan do?",
    "If the Ministry of National Defense said, hypothetically, that {n} aircraft were detected "
    "around Taiwan, the tracker would show a bar of {n}.",
    "A hypothetical month in which, say, {n} China Coast Guard ships sat in the contiguous zone "
    "around the Senkaku Islands every day would show 30 days of presence.",
]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(SUPPOSING), st.integers(2, 60))
def test_a_supposed_count_is_no_fact_but_the_report_beside_it_is(sentence: str, n: int) -> None:
    text = (
        "The law of the ADIZ\n\n"
        f"{sentence.format(n=n)}\n\n"
        "The MND counted 24 PLA aircraft and 8 PLA Navy ships around Taiwan on Wednesday."
    )
    assert facts_at(text, datetime(2026, 3, 11, 10, tzinfo=UTC)) == sorted(
        [(24, "aircraft", *AROUND, "2026-03-11"), (8, "navy vessels", *AROUND, "2026-03-11")]
    )


def test_a_chart_legends_threshold_is_no_count_but_the_days_count_is() -> None:
    text = (
        "Chart: China Coast Guard presence near the Senkakus, day by day\n\n"
        "Each square in this calendar is one day; a filled square means Japan Coast Guard "
        "patrols saw at least one China Coast Guard ship in the contiguous zone around the "
        "Senkaku Islands.\n\n"
        "On Tuesday the 11th Regional Coast Guard Headquarters in Naha counted four CCG ships "
        "in the contiguous zone."
    )
    assert facts_at(text, datetime(2024, 5, 21, 5, tzinfo=UTC)) == [
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2024-05-21")
    ]
