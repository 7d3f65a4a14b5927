"""Radio bulletins, relief desks' logs, arms-control dashboards and veterans' newsletters that
pass on the defence ministry's figures: the shapes of blind-86 and blind-87. A bulletin speaks
its dates ("June the ninth"); a release's fields run on between semicolons; a log's "follows on
Monday" is still to come; a busiest day, or a record that remains, is background; a judged
figure is given between dashes; a share's aside names where one craft was, not the report's
scene. Written for these tests; the real spaCy model and pipeline."""

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

from monitor.nlp.incursion_day_ordinals import spoken_day

WEDNESDAY = datetime(2025, 6, 18, 0, 0, tzinfo=UTC)  # Wednesday 18 June, 8 a.m. in Taipei
SATURDAY = datetime(2024, 10, 5, 5, 10, tzinfo=UTC)
THURSDAY = datetime(2026, 5, 21, 4, 0, tzinfo=UTC)
TUESDAY = datetime(2025, 5, 27, 3, 30, tzinfo=UTC)
FRIDAY_NIGHT = datetime(2023, 9, 15, 21, 0, tzinfo=UTC)  # Saturday morning in Taipei
MONDAY = datetime(2025, 11, 3, 2, 0, tzinfo=UTC)

_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth"]  # fmt: skip


def test_a_bulletins_spoken_date_more_than_a_week_back_gives_no_fact() -> None:
    text = (
        "NEWSROOM RADIO — WEDNESDAY 8 A.M.\n\n"
        "The Defence Ministry says 12 Chinese aircraft flew into the southwestern ADIZ between "
        "6 a.m. Tuesday and 6 a.m. today. Separately, the ministry says two Chinese drones "
        "entered the southwestern ADIZ and turned back toward the Pratas Islands.\n\n"
        "The numbers are well down on last week. On June the fourth the ministry counted "
        "fifty-two aircraft."
    )
    assert facts_at(text, WEDNESDAY) == [
        (2, "drones", "ADIZ", "Taiwan", "2025-06-18"),
        (12, "aircraft", "ADIZ", "Taiwan", "2025-06-18"),
    ]


@settings(max_examples=10, deadline=None)
@given(st.integers(11, 17), st.integers(5, 60), st.booleans())
def test_a_spoken_date_within_the_week_dates_its_count(day: int, count: int, of: bool) -> None:
    spoken = f"the {_ORDINALS[day - 1]} of June" if of else f"June the {_ORDINALS[day - 1]}"
    text = f"On {spoken}, the ministry counted {count} PLA aircraft around Taiwan."
    assert facts_at(text, WEDNESDAY) == [
        (count, "aircraft", "around Taiwan", "Taiwan", date(2025, 6, day).isoformat())
    ]


_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth"]  # fmt: skip
_SPOKEN_DAYS = (
    _ORDINALS[:9]
    + _TEENS
    + ["twentieth"]
    + [f"twenty-{unit}" for unit in _ORDINALS[:9]]
    + ["thirtieth", "thirty-first"]
)


@pytest.mark.parametrize("day", range(1, 32))
def test_every_spoken_day_before_its_month_dates_its_count(day: int) -> None:
    """Each of the 31 days as a bulletin speaks it ("the eleventh of July"), two days back."""
    published = datetime(2025, 7, day, 0, 0, tzinfo=UTC) + timedelta(days=2)
    text = (
        f"On the {_SPOKEN_DAYS[day - 1]} of July, the ministry counted 9 PLA aircraft "
        "around Taiwan."
    )
    assert facts_at(text, published) == [
        (9, "aircraft", "around Taiwan", "Taiwan", date(2025, 7, day).isoformat())
    ]


def test_the_verb_may_is_no_month_before_an_ordinal() -> None:
    assert spoken_day(["first"], 0) == (1, 0)
    assert spoken_day(["the", "twenty-first"], 0) == (21, 1)
    assert spoken_day(["said"], 0) is None


def test_a_releases_fields_run_on_between_semicolons_are_its_lines() -> None:
    text = (
        "Today's numbers, as released\n\n"
        "\"PLA activities in Taiwan's surrounding region from 0600 hours on June 17, 2025 to "
        "0600 hours on June 18, 2025:\nAircraft: thirty-one sorties; PLAN vessels: nine; "
        "Official ships: two.\nTwelve sorties of the above crossed the median line and "
        'entered the northern ADIZ."'
    )
    assert facts_at(text, WEDNESDAY) == [
        (2, "official ships", "around Taiwan", "Taiwan", "2025-06-18"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2025-06-18"),
        (12, "aircraft", "ADIZ", "Taiwan", "2025-06-18"),
        (12, "aircraft", "median line", "Taiwan", "2025-06-18"),
        (31, "aircraft", "around Taiwan", "Taiwan", "2025-06-18"),
    ]


def test_a_logs_next_entry_and_a_busiest_day_date_no_count() -> None:
    text = (
        "Relief desk log\nSat., Oct. 5, 2024\n\n"
        "- 09:40  The second charter landed at Kaohsiung. A full donor roll follows on Monday.\n"
        "- Context, from the Ministry of National Defense 06:00 report: 11 PLA aircraft and "
        "five PLAN ships were operating around Taiwan.\n"
        "- busiest day: Sept. 29, 45 aircraft"
    )
    assert facts_at(text, SATURDAY) == [
        (5, "navy vessels", "around Taiwan", "Taiwan", "2024-10-05"),
        (11, "aircraft", "around Taiwan", "Taiwan", "2024-10-05"),
    ]


def test_missiles_fired_after_a_clause_of_another_day_keep_their_own_day() -> None:
    text = (
        "HUALIEN, May 21 — The fishermen's association opened a hotline on Thursday, after "
        "China's military fired seven ballistic missiles into waters around Taiwan on "
        "Wednesday.\n\nThe ministry said the PLA Rocket Force launched the missiles between 1 "
        "p.m. and 3 p.m. Wednesday."
    )
    assert facts_at(text, THURSDAY) == [(7, "missiles", "around Taiwan", "Taiwan", "2026-05-20")]


def test_a_share_named_off_matsu_leaves_the_report_around_taiwan() -> None:
    text = (
        "Dashboard, 27 May\n\nAROUND TAIWAN: Tuesday's release (to 6 a.m.) gave 17 aircraft, "
        "five PLAN vessels and three official ships, one of them a China Coast Guard cutter "
        "off Matsu."
    )
    assert facts_at(text, TUESDAY) == [
        (3, "official ships", "around Taiwan", "Taiwan", "2025-05-27"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-05-27"),
        (17, "aircraft", "around Taiwan", "Taiwan", "2025-05-27"),
    ]


def test_a_figure_judged_and_given_between_dashes_is_its_days_count() -> None:
    text = (
        "Post newsletter\n\nThe ministry put out its count Thursday morning: 24 PLA aircraft "
        "were operating around Taiwan. Friday's count was lower — 10 aircraft and 7 ships — "
        "but the Liaoning carrier group was still out in the Western Pacific, per the Japanese "
        "Joint Staff."
    )
    assert facts_at(text, FRIDAY_NIGHT) == [
        (7, "navy vessels", "around Taiwan", "Taiwan", "2023-09-15"),
        (10, "aircraft", "around Taiwan", "Taiwan", "2023-09-15"),
        (24, "aircraft", "around Taiwan", "Taiwan", "2023-09-14"),
    ]


def test_a_vague_share_set_off_by_commas_and_a_record_that_remains() -> None:
    text = (
        "Carrier watch\n\nThe ministry counted 31 PLA aircraft around Taiwan in the 24 hours "
        "to 6 a.m. Tuesday. Twenty-two of the aircraft, most of them J-15 fighters from the "
        "carrier, entered the eastern ADIZ.\n\n- The record remains 153 aircraft in a single "
        "day."
    )
    assert facts_at(text, TUESDAY) == [
        (22, "aircraft", "ADIZ", "Taiwan", "2025-05-27"),
        (31, "aircraft", "around Taiwan", "Taiwan", "2025-05-27"),
    ]


def test_ships_still_in_territorial_waters_after_a_semicolon_are_of_that_day() -> None:
    text = (
        "SENKAKUS\nThree China Coast Guard ships entered Japanese territorial waters off "
        "Uotsuri Island early Saturday; they had not left as of noon Sunday, the 11th Regional "
        "Coast Guard Headquarters said."
    )
    assert facts_at(text, MONDAY) == [
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-11-02")
    ]


def test_a_contiguous_zone_under_a_kinmen_section_is_the_senkakus() -> None:
    text = (
        "October's gray-zone ledger\n\nSENKAKU ISLANDS (Japan Coast Guard data)\n"
        "- Ship-days in the contiguous zone: 118\n\nKINMEN (Coast Guard Administration data)\n"
        "- CCG incursions into restricted waters: 4\n\nNote: On Saturday four CCG ships were "
        "in the contiguous zone, the 11th Regional Coast Guard Headquarters said."
    )
    saturday = (MONDAY.date() - timedelta(days=2)).isoformat()
    assert facts_at(text, MONDAY) == [
        (4, "official ships", "contiguous zone", "Senkaku Islands", saturday)
    ]
