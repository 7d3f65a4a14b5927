"""A craft's role written between its count and its noun, as posts clip it ("one Y-8 anti-sub
plane"), leaves the count a count of that craft: the facts a user sees add it to the total."""

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
