"""Incursion facts a reader charts from forecasting-market copy, trade papers and community
newsletters (the leftovers of blind-98 to blind-100), as rules of English: a day that heads its
clause or dates a report is reported, a week or a span that names one of its days is no tally,
a number of days or events over counts makes them a sum, "a" in a list of counts is one more,
and a window written as a range ends on its last day."""

from datetime import UTC, date, datetime, timedelta

import pytest
from conftest import CI_EXAMPLES
from fact_invariants import assert_facts_keep_the_rules, read_facts
from hypothesis import given, settings
from hypothesis import strategies as st
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


@pytest.mark.parametrize(
    ("listed", "total"),
    [
        ("a KJ-500 airborne early warning plane, ten J-16 fighters and two J-10s", 13),
        ("a Y-8 anti-submarine aircraft, a KJ-500 plane and two J-10 fighters", 4),
        ("an H-6K bomber, a Y-8 plane, four J-16 fighters, and six J-10s", 12),
    ],
)
def test_an_item_named_with_a_before_the_counts_of_its_list_is_one_more(
    listed: str, total: int
) -> None:
    text = f"On Friday, {listed} entered the southwestern corner of Taiwan's ADIZ, the MND said."
    facts = facts_at(text, datetime(2021, 3, 27, 3, 15, tzinfo=UTC))
    assert facts == [(total, "aircraft", "ADIZ", "Taiwan", "2021-03-26")]


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


# Properties of the rules above, checked by Hypothesis (profiles in tests/conftest.py): a few
# examples each in ci, so the file's time stays flat; explore searches them 25 times wider.

# Aircraft types as a list names them: (plural after a number, singular after "a" or "an"). A
# single type's designator alone after "a" names the type, no count ("two USAF KC-46As and a
# KC-135R", blind-56: incursion_phrases._lone_designator), so "a" items name their noun.
AIRCRAFT_TYPES = [
    ("J-16 fighters", "a J-16 fighter"), ("H-6K bombers", "an H-6K bomber"),
    ("J-10s", "a J-10 fighter"),
    ("Y-8 anti-submarine aircraft", "a Y-8 anti-submarine aircraft"),
    ("KJ-500 airborne early warning planes", "a KJ-500 airborne early warning plane"),
    ("Su-30 fighters", "an Su-30 fighter"), ("Y-20 tanker aircraft", "a Y-20 tanker aircraft"),
]  # fmt: skip
COUNT_WORDS = {2: "two", 3: "three", 4: "four", 6: "six", 10: "ten", 12: "twelve"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@st.composite
def listed_parts(draw: st.DrawFn) -> tuple[str, int]:
    """A list of distinct aircraft types in any order, each counted by a number or named with
    "a" (one numbered at least), with or without a comma before its "and"; and its sum."""
    types = draw(st.lists(st.sampled_from(AIRCRAFT_TYPES), min_size=2, max_size=5, unique=True))
    counts = draw(
        st.lists(st.sampled_from([1, 1, 2, 3, 4, 6, 10, 12]), min_size=len(types),
                 max_size=len(types)).filter(lambda found: max(found) > 1)
    )  # fmt: skip
    items = [
        single if n == 1 else f"{draw(st.sampled_from([str(n), COUNT_WORDS[n]]))} {plural}"
        for (plural, single), n in zip(types, counts, strict=True)
    ]
    last = draw(st.sampled_from([" and ", ", and "]))
    return ", ".join(items[:-1]) + last + items[-1], sum(counts)


@settings(max_examples=CI_EXAMPLES // 4)
@given(listed_parts(), st.sampled_from(WEEKDAYS))
def test_a_list_of_counted_parts_gives_their_sum_in_any_order(
    listed: tuple[str, int], weekday: str
) -> None:
    parts, total = listed
    published = datetime(2021, 3, 28, 3, 15, tzinfo=UTC)  # a Sunday: each weekday is this week's
    day = published.date() - timedelta(days=6 - WEEKDAYS.index(weekday))
    text = f"On {weekday}, {parts} entered the southwestern corner of Taiwan's ADIZ, the MND said."
    assert facts_at(text, published) == [(total, "aircraft", "ADIZ", "Taiwan", day.isoformat())]


@st.composite
def ranged_windows(draw: st.DrawFn) -> tuple[str, date]:
    """A window from a clock time on one day to the same time on the next, written with a dash
    or "to" and no "from", and the day it ends."""
    first = draw(st.dates(date(2024, 1, 1), date(2026, 12, 30)))
    clock = draw(st.sampled_from(["6 a.m.", "0600", "6am", "06:00"]))
    mark = draw(st.sampled_from(["–", "-", "—", "to"]))
    month = draw(st.sampled_from(["%b.", "%B"]))
    last = first + timedelta(days=1)
    written = [f"{clock} {d.strftime(month)} {d.day}".replace("May.", "May") for d in (first, last)]
    return f"{written[0]} {mark} {written[1]}", last


@settings(max_examples=CI_EXAMPLES // 4)
@given(ranged_windows())
def test_a_ranged_window_dates_every_figure_to_its_last_day(window: tuple[str, date]) -> None:
    written, last = window
    text = (
        "MND update: 8 PLA aircraft, 6 PLAN vessels and 1 official ship detected around Taiwan "
        f"({written})."
    )
    published = datetime.combine(last, datetime.min.time(), UTC) + timedelta(hours=2)
    assert facts_at(text, published) == sorted(
        around_taiwan(n, what, last.isoformat())
        for n, what in [(8, "aircraft"), (6, "navy vessels"), (1, "official ships")]
    )


# Sentences of the classes this file reads, to be cut up and put together in any order.
PIECES = [
    "Also this week:", "This week:", "The bigger story this week was Sunday,", "Nov. 16,",
    "four CCG ships entered territorial waters off the Senkaku Islands on Sunday",
    "40 CCG ships entered the contiguous zone around the Senkaku Islands",
    "four intrusions into Japanese territorial waters involving a total of eight ships",
    "three incursions by 11 ships in all", "Of those, 312 crossed the median line",
    "On Friday,", "entered the southwestern corner of Taiwan's ADIZ", "the MND said",
    "The ships, a Type 052D destroyer and a Type 054A frigate, sailed near Taiwan",
    "(6 a.m. Nov. 24 – 6 a.m. Nov. 25)", "(24 hours to 6 a.m. Thursday, June 20)",
    "Three days: 149 PLA aircraft in the ADIZ", "on the second day of the four-day drills",
    "Today's MND release counted 30 PLA aircraft around Taiwan", "on Tuesday, 17 aircraft",
    "detected around Taiwan", "MND update:", "lists 15 PLA aircraft, 7 PLAN vessels",
]  # fmt: skip


@st.composite
def cut_up_texts(draw: st.DrawFn) -> str:
    piece = st.sampled_from(PIECES) | listed_parts().map(lambda listed: listed[0])
    glue = st.sampled_from([" ", ", ", ". ", ": ", "\n", "\n\n", " and "])
    parts = draw(st.lists(st.tuples(piece, glue), min_size=1, max_size=8))
    return "".join(text + after for text, after in parts)


@settings(max_examples=CI_EXAMPLES // 4)
@given(cut_up_texts())
def test_any_mix_of_these_sentences_gives_facts_within_the_rules(text: str) -> None:
    facts = read_facts(text, SATURDAY)
    assert_facts_keep_the_rules(text, facts)
