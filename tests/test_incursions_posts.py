"""What a post words that is not what it seems: a craft's role clipped between its count and
its noun ("one Y-8 anti-sub plane") is still that craft, and a figure quoted as what a reader
may see ("when you see '30 aircraft in the ADIZ'") counts nothing."""

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.nlp.analyze import TextToAnalyse, analyse

PUBLISHED = datetime(2020, 9, 29, 9, 50, tzinfo=UTC)
WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}


def facts(text: str) -> set[tuple[int, str, str, date]]:
    (analysis,) = analyse([TextToAnalyse("post", text, "en", PUBLISHED)])
    return {(f.count, f.what, f.zone, f.day) for f in analysis.incursions}


@settings(max_examples=10)
@given(
    st.sampled_from([1, 2, 3, 4]),
    st.sampled_from([1, 2, 3, 4]),
    st.sampled_from(["anti-sub", "anti-submarine"]),
    st.sampled_from(["plane", "aircraft"]),
)
def test_a_clipped_role_between_count_and_craft_counts_the_craft(
    fighters: int, others: int, role: str, noun: str
) -> None:
    text = (
        f"Taiwan's Defence Ministry says {WORDS[fighters]} Chinese J-10 fighters and "
        f"{WORDS[others]} Y-8 {role} {noun} entered the SW corner of its ADIZ today."
    )
    assert facts(text) == {(fighters + others, "aircraft", "ADIZ", date(2020, 9, 29))}


@settings(max_examples=10)
@given(
    st.sampled_from(["when", "if", "whenever"]),
    st.sampled_from(["see", "read"]),
    st.sampled_from(["'{} aircraft in the ADIZ'", "\u201c{} PLA aircraft entered the ADIZ\u201d"]),
    st.integers(min_value=2, max_value=60),
)
def test_a_quoted_example_a_reader_may_see_is_no_fact(
    opener: str, verb: str, quote: str, count: int
) -> None:
    """An explainer's "when you see '30 aircraft in the ADIZ'" words a post, counting nothing;
    the ministry's own quoted figure still counts."""
    example = f"So {opener} you {verb} {quote.format(count)} that's not an invasion."
    assert facts(example) == set()
    quoted = f'The ministry said: "{count} PLA aircraft entered the ADIZ today."'
    assert facts(quoted) == {(count, "aircraft", "ADIZ", date(2020, 9, 29))}
