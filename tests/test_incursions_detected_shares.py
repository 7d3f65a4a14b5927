"""A share of a report's total named with the report's own word for what it counted: "22 PLA
aircraft ... were detected around Taiwan. 13 of the detected aircraft crossed the median line
and entered Taiwan's ADIZ" gives the 13 in both zones, as "13 of the aircraft" does (rule 2),
in the numbered list of a defence ministry's release as in a sentence. Written for these tests
in the shapes of the blind-60 releases; the real spaCy model and pipeline."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

from monitor.nlp import incursion_words as w

WEDNESDAY = datetime(2023, 6, 21, 2, 0, tzinfo=UTC)
DAY = "2023-06-21"
TOTALS = [
    (5, "navy vessels", "around Taiwan", "Taiwan", DAY),
    (22, "aircraft", "around Taiwan", "Taiwan", DAY),
]


def test_a_numbered_release_item_keeps_the_detected_aircrafts_zones() -> None:
    text = (
        "PLA activities in the waters and airspace around Taiwan\n\n"
        "1. Duration: 0600 June 20, 2023 (UTC+8) to 0600 June 21, 2023\n"
        "2. 22 PLA aircraft and 5 PLAN vessels were detected around Taiwan. 13 of the detected "
        "aircraft crossed the median line and entered Taiwan's northern and southwestern ADIZ.\n"
        "3. The ROC Armed Forces have monitored the situation."
    )
    assert facts_at(text, WEDNESDAY) == sorted(
        [
            *TOTALS,
            (13, "aircraft", "ADIZ", "Taiwan", DAY),
            (13, "aircraft", "median line", "Taiwan", DAY),
        ]
    )


def test_the_share_joined_to_its_total_takes_the_zone_and_the_total_keeps_none() -> None:
    text = "22 PLA aircraft were detected around Taiwan, and 13 of the tracked aircraft entered the ADIZ."
    assert facts_at(text, WEDNESDAY) == [
        (13, "aircraft", "ADIZ", "Taiwan", DAY),
        (22, "aircraft", "around Taiwan", "Taiwan", DAY),
    ]


def test_a_scanned_eleven_read_as_two_letters_is_the_share() -> None:
    text = (
        "On Wednesday, Taiwan's Ministry of National Defense reported 26 PLA aircraft and five "
        "navy vessels around Taiwan, and ll of the aircraft crossed the median line."
    )
    assert facts_at(text, WEDNESDAY) == [
        (5, "navy vessels", "around Taiwan", "Taiwan", DAY),
        (11, "aircraft", "median line", "Taiwan", DAY),
        (26, "aircraft", "around Taiwan", "Taiwan", DAY),
    ]


_SEEN = sorted(word for word in w.DETECTIONS if word.endswith("ed") or word == "seen")


@settings(max_examples=12, deadline=None)
@given(
    seen=st.sampled_from(_SEEN),
    share=st.integers(2, 21),
    zone=st.sampled_from(
        [("entered the ADIZ", "ADIZ"), ("crossed the median line", "median line")]
    ),
)
def test_any_word_for_the_counted_craft_leaves_the_share_in_its_zone(
    seen: str, share: int, zone: tuple[str, str]
) -> None:
    text = f"22 PLA aircraft were detected around Taiwan. {share} of the {seen} aircraft {zone[0]}."
    assert facts_at(text, WEDNESDAY) == sorted(
        [
            (22, "aircraft", "around Taiwan", "Taiwan", DAY),
            (share, "aircraft", zone[1], "Taiwan", DAY),
        ]
    )
