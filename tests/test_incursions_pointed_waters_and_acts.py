"""Counts that take what they did from what the story told before: "the waters off Uotsuri
Island" after the Senkakus' territorial waters were named are those waters, as Kinmen's "the
waters south of Lieyu" are its restricted waters."""

from datetime import UTC, datetime

from incursion_helpers import facts_at

SENKAKU = "Senkaku Islands"
THURSDAY_MORNING = datetime(2026, 5, 7, 1, tzinfo=UTC)  # Thursday 7 May 2026 in Tokyo


def test_the_waters_off_a_senkaku_island_point_back_to_its_territorial_waters() -> None:
    text = (
        "Two China Coast Guard cutters sailed into Japanese territorial waters near the "
        "Senkakus on Monday, the Japan Coast Guard said.\n\n"
        "Another three entered the waters north of Kuba Island on Tuesday and stayed for "
        "about six hours."
    )
    assert facts_at(text, THURSDAY_MORNING) == [
        (2, "official ships", "territorial waters", SENKAKU, "2026-05-04"),
        (3, "official ships", "territorial waters", SENKAKU, "2026-05-05"),
    ]


def test_the_waters_off_uotsuri_after_a_lead_that_names_the_zone_without_a_count() -> None:
    text = (
        "Tokyo protested to Beijing on Wednesday after Chinese government ships entered "
        "Japan's territorial waters around the Senkaku Islands again.\n\n"
        "Four China Coast Guard ships entered the waters off Uotsuri Island on Tuesday "
        "evening, the coast guard said. Two Chinese ships stayed in the contiguous zone on "
        "Wednesday."
    )
    assert facts_at(text, THURSDAY_MORNING) == [
        (2, "official ships", "contiguous zone", SENKAKU, "2026-05-06"),
        (4, "official ships", "territorial waters", SENKAKU, "2026-05-05"),
    ]
