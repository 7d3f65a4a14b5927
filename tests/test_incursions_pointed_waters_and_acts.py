"""Counts that take what they did from what the story told before: "the waters off Uotsuri
Island" after the Senkakus' territorial waters were named are those waters, as Kinmen's "the
waters south of Lieyu" are its restricted waters; and a sentence that tells craft leaving
without counting them ("The Chinese ships left on Thursday morning") reports no day, so a count
told after it for an earlier day is no recall. A count in a clause about an event a day owns
("after Tuesday's live-fire drills, during which ...") is that day's, not the sentence's.
"And that" or "and" with a count of its own after a day opens a clause with its own day ("on
Friday and that two J-10s followed on Saturday"); "followed" with no object did what the craft
before did; and a passive sighting's agent is its teller ("was seen by Philippine officials"),
another state's whose counts are none around Taiwan. Ships told leaving at a clock after a
number of hours stayed from the day they entered."""

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


def test_ships_told_leaving_later_leave_a_count_of_an_earlier_day_standing() -> None:
    text = (
        "Three China Coast Guard ships entered Japan's territorial waters off the Senkaku "
        "Islands on Monday and shadowed a fishing boat for two days. The Chinese ships left "
        "on Wednesday morning. More waited outside, in the contiguous zone; as of Tuesday "
        "evening there were five of them."
    )
    assert facts_at(text, THURSDAY_MORNING) == [
        (3, "official ships", "territorial waters", SENKAKU, "2026-05-04"),
        (5, "official ships", "contiguous zone", SENKAKU, "2026-05-05"),
    ]


def test_a_count_of_the_day_before_a_counted_report_is_still_recalled() -> None:
    text = (
        "Four China Coast Guard ships sailed in the contiguous zone around the Senkaku Islands "
        "on Wednesday, the Japan Coast Guard said. On Monday, when the ships of the last patrol "
        "were still there, it had counted two."
    )
    assert (2, "official ships", "contiguous zone", SENKAKU, "2026-05-04") not in facts_at(
        text, THURSDAY_MORNING
    )


def test_a_record_told_of_a_days_drills_leaves_the_days_report_its_own() -> None:
    text = (
        "Taiwan's stocks rose on Thursday as Chinese military activity around the island eased "
        "after Tuesday's live-fire drills, during which the ministry tracked a record 98 "
        "aircraft. In the 24 hours to 6 a.m. Thursday, the ministry detected 21 aircraft and "
        "9 navy vessels around Taiwan."
    )
    assert facts_at(text, THURSDAY_MORNING) == [
        (9, "navy vessels", "around Taiwan", "Taiwan", "2026-05-07"),
        (21, "aircraft", "around Taiwan", "Taiwan", "2026-05-07"),
    ]


def test_a_count_in_a_clause_about_a_days_exercise_is_of_that_day() -> None:
    text = (
        "Ferry operators in Matsu resumed sailings on Thursday after Tuesday's naval "
        "exercise, in which 14 Chinese warships operated around Taiwan, the defence ministry "
        "said."
    )
    assert facts_at(text, THURSDAY_MORNING) == [
        (14, "navy vessels", "around Taiwan", "Taiwan", "2026-05-05"),
    ]


SUNDAY_MORNING = datetime(2026, 5, 10, 1, tzinfo=UTC)  # Sunday 10 May 2026 in Taipei


def test_a_second_thing_said_with_its_own_day_keeps_each_count_on_its_day() -> None:
    text = (
        "Taiwan's defence ministry said two Chinese Y-8 aircraft entered its air defense "
        "identification zone on Friday and that three J-16 fighters and one KJ-500 followed "
        "on Saturday, prompting it to scramble jets."
    )
    assert facts_at(text, SUNDAY_MORNING) == [
        (2, "aircraft", "ADIZ", "Taiwan", "2026-05-08"),
        (4, "aircraft", "ADIZ", "Taiwan", "2026-05-09"),
    ]


def test_and_with_a_count_after_a_day_opens_a_clause_of_its_own_day() -> None:
    text = (
        "Taiwan's defence ministry said five Chinese aircraft entered its air defense "
        "identification zone on Friday and two J-10 fighters did so on Saturday."
    )
    assert facts_at(text, SUNDAY_MORNING) == [
        (2, "aircraft", "ADIZ", "Taiwan", "2026-05-09"),
        (5, "aircraft", "ADIZ", "Taiwan", "2026-05-08"),
    ]


def test_ships_seen_by_another_states_officials_are_no_count_around_taiwan() -> None:
    for text in (
        "Japan and the Philippines held a naval drill off Luzon on Saturday. A Chinese navy "
        "frigate was spotted by Japanese officials near the drill area on Saturday.",
        "Two Chinese navy frigates were tracked by the Japanese defence ministry near the "
        "drill area on Saturday.",
    ):
        assert facts_at(text, SUNDAY_MORNING) == []


def test_ships_leaving_after_a_stays_hours_are_counted_on_the_day_they_entered() -> None:
    text = (
        "1. Outline\n"
        "Early on Monday, 4 May, the China Coast Guard vessels Haijing 1305 and Haijing 2501 "
        "intruded into Japanese territorial waters south of Kuba Island, Senkaku Islands. "
        "The two ships left territorial waters at 19:20 on Tuesday, 5 May, after about 40 "
        "hours."
    )
    assert facts_at(text, THURSDAY_MORNING) == [
        (2, "official ships", "territorial waters", SENKAKU, "2026-05-04"),
    ]
