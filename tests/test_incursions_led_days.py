"""A later sentence that opens with a sentence adverb and then its day ("Meanwhile, on Saturday
the ministry detected 31 aircraft", a translation's "Looking back, on last Saturday (15th)")
reports that day's figure (rule 8), as "On Saturday the ministry detected ..." does. Written for
these tests in the shapes of the blind-60 translated pages; the real spaCy model and pipeline."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

TUESDAY = datetime(2025, 3, 18, 2, 0, tzinfo=UTC)
REPORT = (
    "The Ministry of National Defense said today that from 6 a.m. yesterday to 6 a.m. today "
    "it detected 24 Chinese aircraft operating around Taiwan."
)
TODAYS = (24, "aircraft", "around Taiwan", "Taiwan", "2025-03-18")
SATURDAYS = (31, "aircraft", "around Taiwan", "Taiwan", "2025-03-15")


def test_a_translated_look_back_at_last_saturday_gives_saturdays_figures() -> None:
    text = (
        f"{REPORT}\n\nLooking back, on last Saturday (15th) the Ministry also detected Communist "
        "aircraft 31 sorties, of which 20 sorties crossed the midline."
    )
    assert facts_at(text, TUESDAY) == sorted(
        [TODAYS, SATURDAYS, (20, "aircraft", "median line", "Taiwan", "2025-03-15")]
    )


@settings(max_examples=8, deadline=None)
@given(
    lead=st.sampled_from(["Meanwhile", "Separately", "In addition", "Looking back", "Earlier"]),
    on=st.sampled_from(["on Saturday", "on last Saturday", "last Saturday"]),
)
def test_a_sentence_adverb_before_the_day_keeps_the_days_figure(lead: str, on: str) -> None:
    text = f"{REPORT}\n\n{lead}, {on} the ministry detected 31 Chinese aircraft."
    assert facts_at(text, TUESDAY) == [TODAYS, SATURDAYS]
