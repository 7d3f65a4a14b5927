"""Wire copy that reports the daily figures in passing: a markets story's flash lines and "Key
points" bullets that repeat the body's figures without a day, a day's sentence the splitter
joins to the one before after "6 a.m.", and a coast-guard stay timed at its entry and exit."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.incursion_helpers import facts_at

SATURDAY = datetime(2025, 9, 13, 3, 0, tzinfo=UTC)
FRIDAY = datetime(2026, 1, 23, 7, 55, tzinfo=UTC)
MONDAY = datetime(2025, 6, 30, 2, 15, tzinfo=UTC)
THURSDAY = datetime(2025, 8, 7, 8, 30, tzinfo=UTC)


def test_flash_lines_over_a_story_take_the_bodys_day_not_the_first_days_count() -> None:
    text = (
        "Japan scrambles jets; Taiwan reports 26 aircraft\n\n"
        "*JAPAN SCRAMBLES FIGHTERS AS 2 CHINESE DRONES FLY NEAR YONAGUNI\n"
        "*TAIWAN: 26 PLA AIRCRAFT, 9 SHIPS DETECTED AROUND ISLAND; 17 ENTERED ADIZ\n\n"
        "TOKYO, Sept 13 (Reuters) - Japan scrambled fighter jets on Friday after two Chinese "
        "military drones flew near Yonaguni, the Joint Staff Office said on Saturday.\n\n"
        "Taiwan's defence ministry said on Saturday it had detected 26 Chinese military aircraft "
        "and nine navy ships around Taiwan in the 24 hours to 6 a.m., with 17 of the aircraft "
        "entering its air defence identification zone."
    )
    saturday = "2025-09-13"
    assert facts_at(text, SATURDAY) == [
        (9, "navy vessels", "around Taiwan", "Taiwan", saturday),
        (17, "aircraft", "ADIZ", "Taiwan", saturday),
        (26, "aircraft", "around Taiwan", "Taiwan", saturday),
    ]


@settings(max_examples=6, deadline=None)
@given(
    st.sampled_from(["Key points:", "KEY POINTS", "Highlights:"]),
    st.sampled_from(["-", "*", "•"]),
    st.sampled_from(["China's Commerce Ministry said on Thursday", "Stocks fell on Thursday"]),
)
def test_key_points_bullets_keep_the_bodys_day_after_an_unrelated_days_sentence(
    heading: str, mark: str, aside: str
) -> None:
    # The bullets write no day; the last day written before them (Thursday) counts nothing.
    text = (
        "SINGAPORE, Jan 23 (Reuters) - The yen weakened on Friday.\n\n"
        "Taiwan's defence ministry said 29 Chinese military aircraft and eight navy ships had "
        "been operating around the island in the 24 hours to 6 a.m.\n\n"
        f"{aside} it was studying further measures.\n\n"
        f"{heading}\n{mark} BOJ holds at 0.75%\n"
        f"{mark} Taiwan MND: 29 aircraft, 8 navy ships\n"
    )
    friday = "2026-01-23"
    assert facts_at(text, FRIDAY) == [
        (8, "navy vessels", "around Taiwan", "Taiwan", friday),
        (29, "aircraft", "around Taiwan", "Taiwan", friday),
    ]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["•", "-", "*"]))
def test_a_reports_own_bulleted_list_is_the_report_not_a_summary(mark: str) -> None:
    # The ministry's list is the day's report: a note's smaller figure under it takes nothing
    # from it, as it would from a flash line or a "Key points" bullet over a story.
    text = (
        "PLA activity around Taiwan\n\n"
        "Ministry of National Defense, 24 hours to 6 a.m. Saturday:\n"
        f"{mark} PLA aircraft: 23\n"
        f"{mark} PLAN vessels: 8\n\n"
        "Note: Of the 23 sorties, 2 were drones that flew around the east of Taiwan."
    )
    facts = facts_at(text, SATURDAY)
    assert (23, "aircraft", "around Taiwan", "Taiwan", "2025-09-13") in facts
    assert (8, "navy vessels", "around Taiwan", "Taiwan", "2025-09-13") in facts


def test_a_day_opening_the_sentence_after_6_a_m_dates_that_sentences_counts() -> None:
    text = (
        "The ministry said on Monday it had detected 20 Chinese military aircraft and seven navy "
        "ships around Taiwan in the 24 hours to 6 a.m. On Sunday it had reported 50 aircraft, "
        "31 of which crossed the median line, and on Saturday 26 aircraft and 11 navy ships."
    )
    assert facts_at(text, MONDAY) == [
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-06-30"),
        (11, "navy vessels", "around Taiwan", "Taiwan", "2025-06-28"),
        (20, "aircraft", "around Taiwan", "Taiwan", "2025-06-30"),
        (26, "aircraft", "around Taiwan", "Taiwan", "2025-06-28"),
        (31, "aircraft", "median line", "Taiwan", "2025-06-29"),
        (50, "aircraft", "around Taiwan", "Taiwan", "2025-06-29"),
    ]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["8:10 a.m.", "9 a.m.", "11:45 a.m."]), st.sampled_from(["left", "exited"]))
def test_a_stay_timed_at_entry_and_exit_is_of_the_day_it_names(entered: str, left: str) -> None:
    # Two clock times of one stay are no report window: the day named is the stay's.
    text = (
        "KINMEN (CNA) — The Coast Guard Administration said four China Coast Guard ships "
        f"entered Kinmen's restricted waters at {entered} Wednesday and {left} at 10:25 p.m."
    )
    assert facts_at(text, THURSDAY) == [
        (4, "official ships", "restricted waters", "Kinmen", "2025-08-06")
    ]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["time", "hour"]), st.sampled_from(["10:10 p.m. Thursday", "11 p.m."]))
def test_as_of_the_same_time_is_the_time_of_the_last_as_of(word: str, entry: str) -> None:
    text = (
        "NAHA, Okinawa (Kyodo) -- Two China Coast Guard ships that entered Japanese territorial "
        "waters near the Senkaku Islands on Thursday night remained inside as of 9 a.m. Friday, "
        "the Japan Coast Guard said.\n\n"
        f"The ships entered the waters off Taisho Island at around {entry}. Two other China "
        f"Coast Guard vessels were sailing in the contiguous zone as of the same {word}."
    )
    friday = "2025-03-28"
    assert facts_at(text, datetime(2025, 3, 28, 1, 30, tzinfo=UTC)) == [
        (2, "official ships", "contiguous zone", "Senkaku Islands", friday),
        (2, "official ships", "territorial waters", "Senkaku Islands", friday),
    ]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["two ships", "two vessels"]), st.sampled_from(["the", "those"]))
def test_the_same_craft_of_an_editors_note_are_no_new_count(craft: str, definite: str) -> None:
    text = (
        "NAHA, Okinawa, Jan. 12 (Kyodo) -- Two Chinese coast guard ships intruded into Japanese "
        "territorial waters around the Senkaku Islands on Monday, the Japan Coast Guard said.\n\n"
        f"[Monitor's note: Xinhua carried its item first. Both describe {definite} same {craft}.]"
    )
    assert facts_at(text, datetime(2026, 1, 12, 11, 30, tzinfo=UTC)) == [
        (2, "official ships", "territorial waters", "Senkaku Islands", "2026-01-12")
    ]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["a PLA Navy frigate", "a Chinese warship"]), st.sampled_from(["6", "six"]))
def test_one_craft_read_from_a_gives_way_to_the_days_figure(craft: str, six: str) -> None:
    # Background's "a frigate" is no count of the day's ships; the report's figure is.
    text = (
        "Taipei, Feb. 26 (CNA) — The patrol vessel had been at sea for 19 hours after being "
        f"re-tasked to shadow {craft} sailing off the northeast coast.\n\n"
        f"On Thursday, the MND said 18 PLA aircraft and {six} PLAN vessels were detected around "
        "Taiwan in the 24 hours to 6 a.m."
    )
    thursday = "2026-02-26"
    assert facts_at(text, datetime(2026, 2, 26, 7, 0, tzinfo=UTC)) == [
        (6, "navy vessels", "around Taiwan", "Taiwan", thursday),
        (18, "aircraft", "around Taiwan", "Taiwan", thursday),
    ]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["above 40", "of more than 40", "over 40"]), st.sampled_from(["two", "3"]))
def test_days_above_a_figure_are_a_bar_not_a_count(bar: str, days: str) -> None:
    text = (
        "Taiwan's defence ministry said 62 Chinese military aircraft were operating around the "
        "island in the 24 hours to 6 a.m. on Sunday.\n\n"
        f"\"We don't trade the daily count, but {days} days {bar} aircraft makes us look at "
        'options skew," said an analyst.'
    )
    assert facts_at(text, datetime(2026, 3, 8, 21, 30, tzinfo=UTC)) == [
        (62, "aircraft", "around Taiwan", "Taiwan", "2026-03-08")
    ]
