"""Incursion facts in print interviews in Q&A form: the translator's gloss of an acronym in
brackets ("27 PLA [People's Liberation Army] aircraft"), the subject correcting the
interviewer's figure as spoken ("Twenty-seven crossed, not 21"), and a week's table read aloud
under an editor's note in brackets that names its columns. An analyst charts the figures the
subject gives, as from the ministry's own report."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, facts_at

from monitor.nlp.incursion_words import SMALL_NUMBERS, TENS, UNIT_WORDS

PUBLISHED = datetime(2025, 12, 3, 2, 30, tzinfo=UTC)  # a Wednesday


def facts(text: str) -> list[Fact]:
    return facts_at(text, PUBLISHED)


@given(
    st.integers(min_value=2, max_value=60),
    st.sampled_from([
        ("PLA", "People's Liberation Army"),
        ("PLAAF", "People's Liberation Army Air Force"),
        ("PRC", "People's Republic of China"),
    ]),
)  # fmt: skip
def test_a_glossed_acronym_counts_as_the_acronym(aircraft: int, gloss: tuple[str, str]) -> None:
    acronym, words = gloss
    plain = f"A: From 6 a.m. on Monday to 6 a.m. on Tuesday we tracked {aircraft} {acronym} "
    glossed = f"{plain[:-1]} [{words}] "
    rest = "aircraft and seven Chinese navy ships around Taiwan."
    assert facts(glossed + rest) == facts(plain + rest)
    assert (aircraft, "aircraft", "around Taiwan", "Taiwan", "2025-12-02") in facts(plain + rest)


@given(st.sampled_from(sorted(TENS)), st.sampled_from(sorted(UNIT_WORDS)))
def test_a_subject_who_corrects_the_figure_as_spoken_gives_the_right_figure(
    tens: str, units: str
) -> None:
    right = TENS[tens] + SMALL_NUMBERS[units]
    wrong = right - 1
    # The total stays above both figures: "70 Chinese aircraft" beside a misspoken 70 is the
    # report's own total, a fact by rule 2, and "79 of them" would be more than it.
    total = right + 12
    text = (
        f"— On Tuesday Taiwan's defense ministry reported {total} Chinese aircraft, and "
        f"{wrong} of them crossed the median line...\n\n"
        f"Wang: {tens.capitalize()}-{units}. {tens.capitalize()}-{units} crossed, not {wrong}."
    )
    found = facts(text)
    assert (right, "aircraft", "median line", "Taiwan", "2025-12-02") in found
    assert (total, "aircraft", "around Taiwan", "Taiwan", "2025-12-02") in found
    assert all(fact[0] != wrong for fact in found)


def test_a_week_read_aloud_under_a_note_naming_its_columns_gives_each_days_counts() -> None:
    text = (
        "Q: What did last week look like?\n\n"
        "HSU: Here it is, as the ministry gave it. [Aircraft / navy vessels / official ships; "
        "each report covers 6 a.m. to 6 a.m.]\n"
        "Fri 28 Nov — 31 / 8 / 2\n"
        "Sat 29 Nov — 0 / 5 / 0\n"
        "Mon 1 Dec — 37 / 9 / 1\n"
        "Friday's 31 included 20 that crossed the median line."
    )
    assert facts(text) == sorted([
        (31, "aircraft", "around Taiwan", "Taiwan", "2025-11-28"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2025-11-28"),
        (2, "official ships", "around Taiwan", "Taiwan", "2025-11-28"),
        (20, "aircraft", "median line", "Taiwan", "2025-11-28"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-11-29"),
        (37, "aircraft", "around Taiwan", "Taiwan", "2025-12-01"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2025-12-01"),
        (1, "official ships", "around Taiwan", "Taiwan", "2025-12-01"),
    ])  # fmt: skip


@given(st.sampled_from(["Monday", "Tuesday", "Wednesday"]))
def test_this_morning_in_an_interview_is_the_day_it_was_held(held: str) -> None:
    # Printed on Wednesday the 3rd; the subject read "this morning's" report on the day the
    # introduction says the interview was held.
    text = (
        f"Keiji Furuya spoke with the Liberty Times on {held}. Translated from Japanese.\n\n"
        "Q: Taiwan sees this every day.\n\n"
        "Furuya: I know. I read your ministry's report this morning: 15 Chinese aircraft and "
        "seven ships around Taiwan.\n\n"
        "Q: Beijing protested your visit.\n\n"
        "Furuya: Beijing protests every visit."
    )
    day = f"2025-12-0{1 + ['Monday', 'Tuesday', 'Wednesday'].index(held)}"
    assert facts(text) == sorted([
        (15, "aircraft", "around Taiwan", "Taiwan", day),
        (7, "navy vessels", "around Taiwan", "Taiwan", day),
    ])  # fmt: skip


@given(
    st.integers(min_value=2, max_value=40),
    st.integers(min_value=2, max_value=40),
    st.sampled_from(["it was {}", "there were {}", "it was just {}", ", {}"]),
)
def test_a_spoken_count_of_the_next_day_is_of_the_craft_before(
    friday: int, saturday: int, spoken: str
) -> None:
    text = (
        f"Lee: On Friday {friday} PLA aircraft crossed the median line; on Saturday"
        f"{'' if spoken.startswith(',') else ' '}{spoken.format(saturday)}."
    )
    assert facts(text) == sorted([
        (friday, "aircraft", "median line", "Taiwan", "2025-11-28"),
        (saturday, "aircraft", "median line", "Taiwan", "2025-11-29"),
    ])  # fmt: skip
