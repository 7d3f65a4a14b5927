"""Class notes, diplomatic columns and conference write-ups that pass on the defence ministry's
figures: the shapes of blind-83, blind-84 and blind-85. A texted note's "MND this morning:"
lists the report's totals; "As I write" dates what stands by the copy's own day; a bullet's
figure "per the same ministry" does not take the zone of the bullet before; and a week run
into one sentence ("Sunday, 14 aircraft; Monday, 21, of which 15 ...") gives every day's
count its craft. Written for these tests; the real spaCy model and pipeline."""

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

THURSDAY = datetime(2025, 6, 5, 16, 0, tzinfo=UTC)  # Thursday 5 June, midnight in Taipei
FRIDAY = datetime(2024, 5, 17, 9, 0, tzinfo=UTC)  # Friday 17 May, 18:00 in Tokyo
WEDNESDAY = datetime(2023, 3, 15, 8, 10, tzinfo=UTC)
THE_WEDNESDAY_AFTER = datetime(2025, 4, 30, 3, 0, tzinfo=UTC)  # Wednesday 30 April


def test_a_texted_note_of_the_ministrys_morning_report_gives_its_totals() -> None:
    text = (
        "Class Notes: 1998\n\n"
        'Bill texted me as I was typing this on Monday, June 2: "MND this morning: 19 PLA '
        "aircraft, 8 PLAN ships, 13 crossed the median line & into the ADIZ. Just another "
        'Monday."'
    )
    assert facts_at(text, THURSDAY) == [
        (8, "navy vessels", "around Taiwan", "Taiwan", "2025-06-02"),
        (13, "aircraft", "ADIZ", "Taiwan", "2025-06-02"),
        (13, "aircraft", "median line", "Taiwan", "2025-06-02"),
        (19, "aircraft", "around Taiwan", "Taiwan", "2025-06-02"),
    ]


def test_ships_there_as_the_writer_writes_are_of_the_copys_day() -> None:
    text = (
        "Class notes, 58th Term\n\n"
        "On Thursday two China Coast Guard ships intruded into Japanese territorial waters off "
        "Uotsuri Island around 4 p.m. and left this morning (Friday) shortly after 9. As I "
        "write, four CCG ships are in the contiguous zone around the Senkakus."
    )
    assert facts_at(text, FRIDAY) == [
        (2, "official ships", "territorial waters", "Senkaku Islands", "2024-05-16"),
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2024-05-17"),
    ]


def test_a_bullet_per_the_same_ministry_is_a_total_not_the_last_bullets_zone() -> None:
    text = (
        "DSEI Japan opens\n\n"
        "REGIONAL PICTURE\n"
        "- Taiwan, Wednesday: the Ministry of National Defense reported 14 PLA aircraft and "
        "five navy vessels around Taiwan as of 6 a.m.; eight of the aircraft crossed the median "
        "line.\n"
        "- Taiwan, Monday March 13: seven aircraft, per the same ministry.\n"
    )
    assert facts_at(text, WEDNESDAY) == [
        (5, "navy vessels", "around Taiwan", "Taiwan", "2023-03-15"),
        (7, "aircraft", "around Taiwan", "Taiwan", "2023-03-13"),
        (8, "aircraft", "median line", "Taiwan", "2023-03-15"),
        (14, "aircraft", "around Taiwan", "Taiwan", "2023-03-15"),
    ]


@settings(max_examples=10, deadline=None)
@given(
    st.lists(st.integers(2, 60), min_size=3, max_size=3, unique=True),
    st.sampled_from(["aircraft", "PLA aircraft", "Chinese military aircraft"]),
)
def test_every_day_of_a_week_run_into_a_sentence_takes_the_craft_named_once(
    counts: list[int], craft: str
) -> None:
    # "Monday, 21, of which 15 crossed the median line": the craft is named in the run's other
    # entries, as a list's rows name it once.
    sunday, monday, tuesday = counts
    share = monday // 2 or 1
    text = (
        "DIPLOMATIC CIRCLES\n\n"
        "Between the canapés, the week's numbers from the Ministry of National Defense were "
        f"the talk of the terrace: Sunday, {sunday} {craft}; Monday, {monday}, of which "
        f"{share} crossed the median line; Tuesday, {tuesday} {craft} and 7 ships."
    )
    start = THE_WEDNESDAY_AFTER.date() - timedelta(days=3)
    days = [(start + timedelta(days=n)).isoformat() for n in range(3)]
    assert facts_at(text, THE_WEDNESDAY_AFTER) == sorted([
        (sunday, "aircraft", "around Taiwan", "Taiwan", days[0]),
        (monday, "aircraft", "around Taiwan", "Taiwan", days[1]),
        (share, "aircraft", "median line", "Taiwan", days[1]),
        (tuesday, "aircraft", "around Taiwan", "Taiwan", days[2]),
        (7, "navy vessels", "around Taiwan", "Taiwan", days[2]),
    ])  # fmt: skip
