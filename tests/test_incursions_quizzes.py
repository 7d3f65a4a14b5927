"""News quizzes that restate the ministries' daily figures (the shape of blind-90's quiz
writers): a numbered question carries the craft, the zone and the day, its keyed answer only
the figure, below the question or in an answers section; multiple-choice options are no facts;
a true-or-false claim ruled false is not a fact, or is the figure the ruling gives; a coast
guard's day-by-day log in a recap gives a bare figure under the entry that named the ships and
the zone; a "by the numbers" line's figure, set off by a middle dot, counts the craft after it.
Written for
these tests; the real spaCy model and pipeline."""

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

SATURDAY = datetime(2025, 6, 14, 2, 0, tzinfo=UTC)  # Saturday 14 June, 10 a.m. in Taipei
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]


def test_an_answer_kept_below_the_questions_is_read_with_its_question() -> None:
    text = (
        "Weekend quiz: were you paying attention?\n\n"
        "THE WEEKEND QUIZ | Saturday, June 14, 2025\n\n"
        "1. The defence ministry published its tally on Thursday morning. How many Chinese "
        "military aircraft did it report around Taiwan in the 24 hours to 6 a.m. Thursday?\n"
        "2. Who is Japan's defense minister?\n\n"
        "ANSWERS\n\n"
        "1. 26. Of those, 15 crossed the median line and entered the ADIZ, the ministry said.\n"
        "2. Gen Nakatani.\n"
    )
    assert facts_at(text, SATURDAY) == [
        (15, "aircraft", "ADIZ", "Taiwan", "2025-06-12"),
        (15, "aircraft", "median line", "Taiwan", "2025-06-12"),
        (26, "aircraft", "around Taiwan", "Taiwan", "2025-06-12"),
    ]


def test_a_question_answered_in_a_word_below_it_gives_the_questions_zone_and_day() -> None:
    text = (
        "Senkaku quiz\n\n"
        "Q1. How many China Coast Guard ships intruded into Japanese territorial waters off "
        "the Senkakus on Tuesday?\n"
        "A. Three. They left on Wednesday evening, the Japan Coast Guard said.\n"
    )
    assert facts_at(text, SATURDAY) == [
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-06-10")
    ]


def test_options_are_no_facts_and_the_keyed_reason_takes_the_questions_day() -> None:
    text = (
        "Friday quiz\n\n"
        "Q1. Taiwan's defence ministry said Chinese military aircraft were tracked around "
        "Taiwan in the 24 hours to 6 a.m. Tuesday. How many?\n"
        "  a) 12   b) 28   c) 40   d) 7\n"
        "Q2. How many of them crossed the median line and entered the ADIZ?\n"
        "  a) 19   b) 12   c) 28   d) none\n\n"
        "ANSWER KEY: 1-b, 2-a\n\n"
        "Why:\n"
        "Q1 — 28 aircraft, plus six PLA Navy ships.\n"
        "Q2 — Most of them: 19, in the north and southwest of the zone.\n"
    )
    assert facts_at(text, SATURDAY) == [
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-06-10"),
        (19, "aircraft", "ADIZ", "Taiwan", "2025-06-10"),
        (19, "aircraft", "median line", "Taiwan", "2025-06-10"),
        (28, "aircraft", "around Taiwan", "Taiwan", "2025-06-10"),
    ]


def test_a_claim_ruled_false_is_no_fact_or_the_figure_the_ruling_gives() -> None:
    text = (
        "True or false?\n\n"
        "1. TRUE OR FALSE: On Monday, 40 Chinese military aircraft entered Taiwan's ADIZ.\n"
        "FALSE. The defence ministry said 14 did, all in the southwest.\n\n"
        "2. TRUE OR FALSE: On Wednesday, 25 Chinese aircraft crossed the median line.\n"
        "FALSE. None crossed all week.\n\n"
        "3. TRUE OR FALSE: On Thursday, six Chinese aircraft were reported in the ADIZ.\n"
        "TRUE. The ministry's map showed them off the southwest coast.\n"
    )
    assert facts_at(text, SATURDAY) == [
        (6, "aircraft", "ADIZ", "Taiwan", "2025-06-12"),
        (14, "aircraft", "ADIZ", "Taiwan", "2025-06-09"),
    ]


@settings(max_examples=15, deadline=None)
@given(st.integers(2, 11), st.integers(0, 4), st.booleans(), st.integers(30, 60))
def test_a_keyed_answer_gives_exactly_the_fact_its_question_asks_for(
    count: int, weekday: int, in_words: bool, option: int
) -> None:
    figure = WORDS[count - 2].capitalize() if in_words else str(count)
    text = (
        "Quiz of the week\n\n"
        f"1. How many Chinese military aircraft did the ministry report around Taiwan on "
        f"{WEEKDAYS[weekday]}?\n"
        f"  a) {option}   b) {count}   c) {option + 3}\n"
        f"Answer: {figure}, the ministry said.\n"
    )
    day = (SATURDAY - timedelta(days=5 - weekday)).date().isoformat()
    assert facts_at(text, SATURDAY) == [(count, "aircraft", "around Taiwan", "Taiwan", day)]


def test_a_logs_bare_entries_count_what_the_entry_above_named() -> None:
    text = (
        "Senkaku watch, week 24\n\n"
        "SENKAKU WATCH | from the Japan Coast Guard's daily releases\n\n"
        "Mon 6/9 — 3 CCG ships in the contiguous zone\n"
        "Tue 6/10 — 3\n"
        "Wed 6/11 — 4; two of them enter territorial waters at 4:40 a.m.\n"
        "Thu 6/12 — 2 (two ships head north)\n"
        "Consecutive days in the contiguous zone: 61\n"
    )
    assert facts_at(text, SATURDAY) == [
        (2, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-12"),
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-06-11"),
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-09"),
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-10"),
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-11"),
    ]


@settings(max_examples=10, deadline=None)
@given(st.lists(st.integers(1, 9), min_size=2, max_size=5))
def test_each_bare_entry_of_a_log_is_its_days_fact(counts: list[int]) -> None:
    lines = [f"{WEEKDAYS[i][:3]} 6/{9 + i} — {count}" for i, count in enumerate(counts)]
    lines[0] += " CCG ships in the contiguous zone"
    text = "Senkaku watch\n\nFrom the Japan Coast Guard's daily releases\n\n" + "\n".join(lines)
    assert facts_at(text, SATURDAY) == sorted(
        (count, "official ships", "contiguous zone", "Senkaku Islands", f"2025-06-{9 + i:02d}")
        for i, count in enumerate(counts)
    )


def test_a_by_the_numbers_lines_figure_counts_the_craft_after_its_dot() -> None:
    text = (
        "By the numbers: week ending June 13\n\n"
        "BY THE NUMBERS\n\n"
        "29 · PLA aircraft the Ministry of National Defense reported around Taiwan in the 24 "
        "hours to 6 a.m. Thursday (June 12). Of those, 18 crossed the median line.\n"
        "7 · navy ships in the same report.\n"
        "4 · days this week with no median-line crossing at all.\n"
        "153 · the one-day record for PLA aircraft, set last October.\n"
    )
    assert facts_at(text, SATURDAY) == [
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-06-12"),
        (18, "aircraft", "median line", "Taiwan", "2025-06-12"),
        (29, "aircraft", "around Taiwan", "Taiwan", "2025-06-12"),
    ]
