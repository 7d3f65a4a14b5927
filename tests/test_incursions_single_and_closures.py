"""Counts written in a voice that names one craft for emphasis or any craft at all, and days
that end a closure (monitor/nlp/incursion_articles.py, incursion_phrases.py and
incursion_recalls.py): "eight warships and a single official ship" counts the ship, a
sailor's "every time a PLA Navy ship came over the horizon" counts none, and missiles fired
"on Tuesday" into zones "closed until 12:00 on May 27" are Tuesday's. Real spaCy model and the
real pipeline, as a user's article is read."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import facts_at

WEDNESDAY = datetime(2025, 8, 20, 10, 0, tzinfo=UTC)
TUESDAY = datetime(2026, 5, 26, 10, 5, tzinfo=UTC)


def test_a_single_official_ship_is_one_ship() -> None:
    text = (
        "Taiwan's defence ministry said on Wednesday that it had detected fourteen Chinese "
        "military aircraft, eight warships and a single official ship around the island "
        "during the previous 24 hours."
    )
    assert facts_at(text, WEDNESDAY) == [
        (1, "official ships", "around Taiwan", "Taiwan", "2025-08-20"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2025-08-20"),
        (14, "aircraft", "around Taiwan", "Taiwan", "2025-08-20"),
    ]


def test_a_ship_any_time_one_came_is_no_count() -> None:
    text = (
        "Taiwan's defense ministry on Saturday reported 11 Chinese navy ships operating "
        'around the island. "They were professional every time a PLA Navy ship came over '
        'the horizon," the commander said.'
    )
    saturday = datetime(2026, 2, 8, 2, 0, tzinfo=UTC)
    assert facts_at(text, saturday) == [
        (11, "navy vessels", "around Taiwan", "Taiwan", "2026-02-07")
    ]


@given(
    st.sampled_from(["12:00 on May 27", "noon on May 27", "6 p.m. on Wednesday", "May 27"]),
    st.sampled_from(["until", "through"]),
)
def test_missiles_fired_on_a_day_are_that_days_whatever_closure_end_follows(
    end: str, word: str
) -> None:
    text = (
        "The Ministry of National Defense said the PLA Rocket Force fired seven ballistic "
        "missiles into waters around Taiwan on Tuesday, in zones that the Eastern Theater "
        f'Command had declared closed for "live-fire training" {word} {end}.'
    )
    assert facts_at(text, TUESDAY) == [(7, "missiles", "around Taiwan", "Taiwan", "2026-05-26")]


def test_a_reports_window_until_an_hour_keeps_its_end_as_the_day() -> None:
    text = "Taiwan's defence ministry tracked 21 Chinese aircraft in the 24 hours until 6 a.m. on Monday."
    assert facts_at(text, TUESDAY) == [(21, "aircraft", "around Taiwan", "Taiwan", "2026-05-25")]


def test_a_single_craft_that_explains_a_unit_is_no_count() -> None:
    text = (
        "The researcher cautioned that a single sortie can trigger several scrambles. On the "
        "same day Taiwan's defense ministry reported 22 PLA aircraft around Taiwan."
    )
    assert facts_at(text, WEDNESDAY) == [(22, "aircraft", "around Taiwan", "Taiwan", "2025-08-20")]


def test_a_reports_window_through_an_hour_is_no_closure() -> None:
    text = (
        "Taiwan's Ministry of National Defense said 37 Chinese military aircraft and 8 ships "
        "were detected near Taiwan through 6 a.m. Tuesday, well below the 153 aircraft "
        "recorded on May 14 last year."
    )
    assert facts_at(text, TUESDAY) == [
        (8, "navy vessels", "around Taiwan", "Taiwan", "2026-05-26"),
        (37, "aircraft", "around Taiwan", "Taiwan", "2026-05-26"),
    ]
