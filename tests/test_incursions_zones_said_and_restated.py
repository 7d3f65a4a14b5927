"""Zones a reader gives the counts of blind-98 to blind-100's leftovers, as rules of English:
"it was" restates a report's totals, not the share that crossed the line; "crossed it" crosses
the line; a balloon added to a list counted around the island is counted there too; Beijing's
"China's territorial waters" is its claim, no zone entered; "the 12-nautical-mile limit" is the
territorial sea; a teller's own cutters and another teller's places are not China's craft's;
and a note may name the craft and their waters before the count."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import around_taiwan, facts_at


def test_it_was_restates_the_totals_not_the_share_that_crossed() -> None:
    text = (
        "This morning the ministry reported 22 PLA aircraft and seven vessels in the 24 hours "
        "to 6 a.m., with eleven aircraft crossing the median line. On Tuesday it was eighteen "
        "aircraft and six vessels."
    )
    facts = facts_at(text, datetime(2023, 4, 20, 3, 0, tzinfo=UTC))
    assert around_taiwan(18, "aircraft", "2023-04-18") in facts
    assert (18, "aircraft", "median line", "Taiwan", "2023-04-18") not in facts


@pytest.mark.parametrize("crossed", ["crossed it", "were crossing it"])
def test_crossing_it_after_the_line_is_named_crosses_the_line(crossed: str) -> None:
    text = (
        "Wednesday's report listed 22 PLA aircraft operating around Taiwan.\n\nMedian line: an "
        "unofficial line down the middle of the Taiwan Strait. Thirteen of Wednesday's aircraft "
        f"{crossed}."
    )
    facts = facts_at(text, datetime(2024, 4, 17, 3, 0, tzinfo=UTC))
    assert (13, "aircraft", "median line", "Taiwan", "2024-04-17") in facts


def test_a_balloon_added_to_a_list_around_the_island_is_counted_there() -> None:
    text = (
        "Taiwan's defence ministry said it spotted nine Chinese navy ships and four military "
        "aircraft around the island in the 24 hours to 6 a.m., as well as one balloon, which "
        "crossed the median line before it disappeared."
    )
    facts = facts_at(text, datetime(2024, 1, 9, 3, 0, tzinfo=UTC))
    assert around_taiwan(1, "balloons", "2024-01-09") in facts
    assert (1, "balloons", "median line", "Taiwan", "2024-01-09") in facts


@pytest.mark.parametrize(
    "claim",
    [
        "Beijing's Foreign Ministry said the ships were \"carrying out law-enforcement patrols in "
        "China's territorial waters around Diaoyu Dao\".",
        "China's coast guard said its ships had patrolled China's territorial waters there.",
    ],
)
def test_beijings_territorial_waters_are_its_claim_not_a_zone_entered(claim: str) -> None:
    text = (
        "As of Sunday morning, four Chinese government ships were sailing in the contiguous "
        f"zone around the Senkaku Islands, the Japan Coast Guard said. {claim}"
    )
    facts = facts_at(text, datetime(2024, 6, 16, 3, 30, tzinfo=UTC))
    assert facts == [(4, "official ships", "contiguous zone", "Senkaku Islands", "2024-06-16")]


def test_ships_inside_the_12_mile_limit_are_in_territorial_waters() -> None:
    text = (
        "The Japan Coast Guard said three China Coast Guard ships entered Japanese territorial "
        "waters around the Senkaku Islands on Monday and remained there into Tuesday. As of 10 "
        "a.m. Tuesday, the three were still inside the 12-nautical-mile limit, it said."
    )
    facts = facts_at(text, datetime(2025, 6, 10, 9, 20, tzinfo=UTC))
    assert facts == [(3, "official ships", "territorial waters", "Senkaku Islands", "2025-06-10")]


def test_cutters_a_teller_says_its_coast_guard_sent_are_its_own() -> None:
    text = (
        "Taiwan's defence ministry said it tracked 12 PLA aircraft around Taiwan in the 24 hours "
        "to 6 a.m. Taiwan, which also claims the islands, said its Coast Guard Administration "
        "had dispatched two cutters to protect Taiwanese fishing boats."
    )
    facts = facts_at(text, datetime(2025, 6, 10, 9, 20, tzinfo=UTC))
    assert facts == [around_taiwan(12, "aircraft", "2025-06-10")]


def test_another_tellers_report_after_the_counts_places_nothing_of_theirs() -> None:
    text = (
        "The MND listed 23 PLA aircraft around Taiwan today. For the record, 15 of Friday's "
        "aircraft crossed the median line and entered the ADIZ, and the Japanese Joint Staff "
        "separately reported the carrier group passing between Yonaguni and Iriomote."
    )
    facts = facts_at(text, datetime(2025, 10, 17, 3, 30, tzinfo=UTC))
    assert (15, "aircraft", "median line", "Taiwan", "2025-10-17") in facts
    assert (15, "aircraft", "ADIZ", "Taiwan", "2025-10-17") in facts


@pytest.mark.parametrize("island", ["Kinmen", "Kinmem"])
def test_a_note_may_name_the_craft_and_their_waters_before_the_count(island: str) -> None:
    text = f"CCG in {island} restricted waters on Friday, four ships per the CGA."
    facts = facts_at(text, datetime(2025, 7, 16, 4, 0, tzinfo=UTC))
    assert facts == [(4, "official ships", "restricted waters", "Kinmen", "2025-07-11")]


def test_a_coast_guard_named_with_its_acronym_sends_its_own_cutters() -> None:
    text = (
        "Taiwan's defence ministry said it had tracked 30 Chinese military aircraft and nine "
        "navy ships around the island in the 24 hours to 6 a.m. Friday. The Coast Guard "
        "Administration (CGA) dispatched 11 cutters to watch the drills, officials said."
    )
    facts = facts_at(text, datetime(2025, 4, 4, 5, tzinfo=UTC))
    assert facts == sorted(
        [
            around_taiwan(30, "aircraft", "2025-04-04"),
            around_taiwan(9, "navy vessels", "2025-04-04"),
        ]
    )
