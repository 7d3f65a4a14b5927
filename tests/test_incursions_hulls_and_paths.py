"""Numbers and places that are no count's: a China Coast Guard ship's hull number in a
coast-guard release and its timeline ("CCG 2305 and CCG 2306 enter territorial waters"), a
place outside the list that only part of the craft went on to (", some of them flying out into
the western Pacific") or that a fishing boat is from, and a two-column table a notice pastes
without its frame ("Aircraft | 22"); and a background figure dated only by "That day" after a
day more than a week old."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import facts_at

FRIDAY = datetime(2025, 3, 28, 1, 30, tzinfo=UTC)  # a Friday morning in Tokyo
SENKAKU = "Senkaku Islands"


def test_hull_numbers_in_a_timeline_count_no_ships() -> None:
    text = (
        "Two China Coast Guard ships entered Japanese territorial waters near the Senkaku "
        "Islands on Friday, the Japan Coast Guard said.\n\n"
        "Timeline (JST):\n"
        "28 Mar 02:10  CCG 2305 and CCG 2306 enter territorial waters near Taisho Is.\n"
        "28 Mar 09:00  Haijing 2502 still in territorial waters."
    )
    assert facts_at(text, FRIDAY) == [
        (2, "official ships", "territorial waters", SENKAKU, "2025-03-28")
    ]


@given(hull=st.integers(min_value=100, max_value=99999), mark=st.sampled_from(["CCG", "Haijing"]))
def test_a_hull_number_is_never_a_count(hull: int, mark: str) -> None:
    text = (
        "Four China Coast Guard ships sailed in the contiguous zone around the Senkaku Islands "
        f"on Friday. {mark} {hull} approached a fishing boat in territorial waters."
    )
    assert facts_at(text, FRIDAY) == [
        (4, "official ships", "contiguous zone", SENKAKU, "2025-03-28")
    ]


def test_a_share_flying_on_into_the_pacific_keeps_the_adiz_count() -> None:
    text = (
        "The defence ministry said 12 J-16 fighters, four H-6K bombers and two KJ-500 "
        "early-warning aircraft entered the southwestern and southeastern parts of the ADIZ in "
        "the 24 hours to 6 a.m., some of them flying out through the Bashi Channel into the "
        "western Pacific."
    )
    assert facts_at(text, FRIDAY) == [(18, "aircraft", "ADIZ", "Taiwan", "2025-03-28")]


def test_aircraft_that_flew_into_the_pacific_are_still_no_fact() -> None:
    text = "Eight Chinese J-16 fighters flew through the Bashi Channel into the western Pacific."
    assert facts_at(text, FRIDAY) == []


def test_a_fishing_boats_home_port_is_not_where_the_ships_were() -> None:
    text = (
        "Four Chinese government ships were in the contiguous zone around the Senkaku Islands "
        "on Friday. On Wednesday two China Coast Guard ships entered Japanese territorial "
        "waters and approached a fishing boat from Yonaguni before leaving."
    )
    assert facts_at(text, FRIDAY) == [
        (2, "official ships", "territorial waters", SENKAKU, "2025-03-26"),
        (4, "official ships", "contiguous zone", SENKAKU, "2025-03-28"),
    ]


def test_a_frameless_two_column_table_is_read_as_labelled_lines() -> None:
    text = (
        "Reef access notice\n\n"
        "Security picture (source: MND 06:00 report, previous 24 h)\n"
        "Aircraft | 22\n"
        "— of which crossed median line / entered ADIZ | 15\n"
        "PLAN vessels | 8\n"
        "Official ships | 1\n"
        "Balloons | 0"
    )
    day = "2025-03-28"
    assert facts_at(text, FRIDAY) == [
        (1, "official ships", "around Taiwan", "Taiwan", day),
        (8, "navy vessels", "around Taiwan", "Taiwan", day),
        (15, "aircraft", "ADIZ", "Taiwan", day),
        (15, "aircraft", "median line", "Taiwan", day),
        (22, "aircraft", "around Taiwan", "Taiwan", day),
    ]


def test_that_day_after_an_old_date_is_a_background_figure() -> None:
    text = (
        "TAIPEI (CNA) — The Air Force said Thursday in its final report that a corroded "
        "actuator caused a Mirage crash last October.\n\n"
        "Investigators set out the sequence on Oct. 7, 2025: the jet took off from Hsinchu at "
        "2:14 p.m. and the pilot ejected at 2:25 p.m.\n\n"
        "That day, the Ministry of National Defense had reported 27 PLA aircraft and 10 navy "
        "vessels around Taiwan, with 19 of the aircraft entering the ADIZ."
    )
    assert facts_at(text, datetime(2026, 3, 19, 8, tzinfo=UTC)) == []


def test_that_day_after_this_weeks_date_is_that_days_report() -> None:
    text = (
        "Lai Ching-te visited the Penghu base on Monday.\n\n"
        "That day, the Ministry of National Defense reported 27 PLA aircraft around Taiwan."
    )
    assert facts_at(text, FRIDAY) == [(27, "aircraft", "around Taiwan", "Taiwan", "2025-03-24")]


def test_a_tellers_second_statement_of_a_streak_leaves_the_days_count() -> None:
    for teller in (
        "according to the Japan Coast Guard, which says Chinese government ships have been "
        "present there almost every day since 2023",
        "the Japan Coast Guard said, adding that Chinese ships have been there since 2023",
    ):
        text = (
            "On Thursday, four China Coast Guard vessels were in the contiguous zone around the "
            f"Senkaku Islands, {teller}."
        )
        assert facts_at(text, FRIDAY) == [
            (4, "official ships", "contiguous zone", SENKAKU, "2025-03-27")
        ]


def test_a_weekday_this_week_is_that_days_count_and_a_span_is_not() -> None:
    briefing = (
        "Chinese ships were in the contiguous zone around the Senkakus on all 31 days of "
        "January. On Tuesday this week (Feb 3) four CCG ships were again in the contiguous zone."
    )
    published = datetime(2026, 2, 5, 6, tzinfo=UTC)
    assert facts_at(briefing, published) == [
        (4, "official ships", "contiguous zone", SENKAKU, "2026-02-03")
    ]
    span = "Taiwan counted 140 Chinese aircraft around it from Monday to Wednesday this week."
    assert facts_at(span, published) == []
