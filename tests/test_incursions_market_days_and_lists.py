"""Incursion facts a reader charts from forecasting-market copy, trade papers and community
newsletters (the leftovers of blind-98 to blind-100), as rules of English: a day that heads its
clause or dates a report is reported, a week or a span that names one of its days is no tally,
a number of days or events over counts makes them a sum, "a" in a list of counts is one more,
and a window written as a range ends on its last day."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import Fact, around_taiwan, facts_at

FRIDAY = datetime(2025, 11, 14, 9, 15, tzinfo=UTC)
SATURDAY = datetime(2025, 11, 22, 4, 0, tzinfo=UTC)


def _senkakus(count: int, zone: str, day: str) -> Fact:
    return (count, "official ships", zone, "Senkaku Islands", day)


@pytest.mark.parametrize(
    "recall",
    [
        "That is the third report above 25 this week; Tuesday's was 17 aircraft, which looked "
        "like a lull and wasn't.",
        "That is the third report above 25; on Tuesday, 17 aircraft.",
        "The dispute: some traders argued that the 30 includes aircraft counted in the "
        "ministry's 5 p.m. update on Tuesday, which reported 17 aircraft during the day.",
    ],
)
def test_a_day_that_heads_its_clause_or_dates_a_report_is_reported(recall: str) -> None:
    text = f"Today's MND release counted 30 PLA aircraft around Taiwan. {recall}"
    assert around_taiwan(17, "aircraft", "2025-11-11") in facts_at(text, FRIDAY)


def test_a_day_recalled_by_a_comparison_still_gives_none() -> None:
    text = "Today's MND release counted 30 PLA aircraft around Taiwan, lower than on Tuesday."
    assert facts_at(text, FRIDAY) == [around_taiwan(30, "aircraft", "2025-11-14")]


@pytest.mark.parametrize(
    "scene",
    [
        "The bigger story this week was Sunday, Nov. 16, when four CCG ships sailed into "
        "Japanese territorial waters off the Senkaku Islands.",
        "Also this week: four CCG ships entered territorial waters off the Senkaku Islands on "
        "Sunday and left two hours later.",
    ],
)
def test_a_week_that_sets_the_scene_of_a_days_count_is_no_tally(scene: str) -> None:
    assert _senkakus(4, "territorial waters", "2025-11-16") in facts_at(scene, SATURDAY)


def test_a_week_whose_count_writes_no_day_is_still_a_tally() -> None:
    text = "Also this week: 40 CCG ships entered the contiguous zone around the Senkaku Islands."
    assert facts_at(text, SATURDAY) == []


@pytest.mark.parametrize(
    "span",
    [
        "the last day of China's three-day 'Joint Sword' exercise",
        "the second day of the four-day drills",
    ],
)
def test_a_span_that_names_one_of_its_days_dates_the_count(span: str) -> None:
    text = (
        "Taiwan's Ministry of National Defense said Tuesday that 21 Chinese military aircraft "
        "were detected around Taiwan in the 24 hours to 6 a.m. On Monday, "
        f"{span}, the ministry had reported 70 aircraft and 11 ships."
    )
    facts = facts_at(text, datetime(2023, 4, 11, 5, 0, tzinfo=UTC))
    assert around_taiwan(70, "aircraft", "2023-04-10") in facts


@pytest.mark.parametrize(
    "sum_up",
    [
        "ADIZ incursion markets: four days, 149 sorties, one record",
        "Three days: 149 PLA aircraft in the ADIZ",
    ],
)
def test_a_number_of_days_heading_counts_makes_them_a_sum(sum_up: str) -> None:
    text = (
        f"{sum_up}\n\nTaiwan's Defense Ministry said it tracked 56 Chinese military aircraft "
        "around Taiwan on Tuesday."
    )
    facts = facts_at(text, datetime(2021, 10, 6, 3, 0, tzinfo=UTC))
    assert facts == [around_taiwan(56, "aircraft", "2021-10-05")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The headquarters counted 118 Chinese government ships in the zone over the month, and "
        "four intrusions into Japanese territorial waters involving a total of eight ships.",
        "There were three incursions into territorial waters around the Senkaku Islands by "
        "eight China Coast Guard ships in all.",
    ],
)
def test_craft_summed_over_several_events_give_no_days_fact(sentence: str) -> None:
    assert facts_at(sentence, datetime(2026, 2, 4, 4, 0, tzinfo=UTC)) == []


def test_a_share_of_a_months_occasions_is_the_months() -> None:
    text = (
        "Chinese military aircraft were detected around Taiwan on 466 occasions in July. Of "
        "those, 312 crossed the median line or entered the air defense identification zone."
    )
    assert facts_at(text, datetime(2025, 8, 4, 7, 0, tzinfo=UTC)) == []


@pytest.mark.parametrize(
    "listed",
    [
        "ten J-16 fighters, four H-6K bombers, two J-10s, two Y-8 anti-submarine aircraft, a "
        "KJ-500 airborne early warning plane and a Y-8 electronic warfare plane",
        "ten J-16 fighters, four H-6K bombers, four J-10s, a KJ-500 plane, and a Y-8 plane",
    ],
)
def test_an_item_named_with_a_in_a_list_of_counts_is_one_more(listed: str) -> None:
    text = f"On Friday, {listed} entered the southwestern corner of Taiwan's ADIZ, the MND said."
    facts = facts_at(text, datetime(2021, 3, 27, 3, 15, tzinfo=UTC))
    assert facts == [(20, "aircraft", "ADIZ", "Taiwan", "2021-03-26")]


def test_types_named_with_a_after_their_group_are_no_count() -> None:
    text = "The ships, a Type 052D destroyer and a Type 054A frigate, sailed near Taiwan."
    assert facts_at(text, FRIDAY) == []


@pytest.mark.parametrize("mark", ["–", "-", "to"])
def test_a_window_written_as_a_range_ends_on_its_last_day(mark: str) -> None:
    text = (
        "MND update: 8 PLA aircraft, 6 PLAN vessels and 1 official ship detected around Taiwan "
        f"(6 a.m. Nov. 24 {mark} 6 a.m. Nov. 25)."
    )
    facts = facts_at(text, datetime(2025, 11, 25, 2, 15, tzinfo=UTC))
    assert around_taiwan(1, "official ships", "2025-11-25") in facts
    assert all(fact[4] == "2025-11-25" for fact in facts)


@pytest.mark.parametrize("verb", ["lists", "listed"])
def test_a_report_that_lists_its_window_is_the_days_totals(verb: str) -> None:
    text = (
        f"Today's report (24 hours to 6 a.m. Thursday, June 20) {verb} 15 PLA aircraft, 7 PLAN "
        "vessels and 4 official ships."
    )
    facts = facts_at(text, datetime(2024, 6, 20, 5, 0, tzinfo=UTC))
    assert around_taiwan(7, "navy vessels", "2024-06-20") in facts
    assert around_taiwan(4, "official ships", "2024-06-20") in facts
