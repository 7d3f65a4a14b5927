"""A day's report told beside periods and other days: a window stated after its counts dates
them, a clause of its own keeps a period before it away, a day that opens a clause after a
semicolon is that clause's; and a period's tally reaches what is joined to it and the parts of
the period ("most of them in the first week"). Also counts written in shapes the grammar did not
read: "Sunday was quieter, with 16", "a four-ship formation", a dash that closes an aside, and a
milestone's "the first time a carrier had entered", which counts nothing."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import facts_at

PUBLISHED = datetime(2025, 4, 2, 3, 30, tzinfo=UTC)  # a Wednesday
SUNDAY, MONDAY, TUESDAY, WEDNESDAY = "2025-03-30", "2025-03-31", "2025-04-01", "2025-04-02"


@pytest.mark.parametrize(
    "opening",
    [
        "On Tuesday its Eastern Theater Command called them Strait Thunder-2025A, and by "
        "Wednesday morning Taiwan's Ministry of National Defense had the numbers:",
        "Beijing announced the drills on Tuesday, and Taiwan's defence ministry reported",
    ],
)
def test_counts_take_the_day_of_the_report_window_stated_after_them(opening: str) -> None:
    text = (
        f"{opening} 76 PLA aircraft, 15 PLAN vessels and four official ships detected around "
        "Taiwan in the 24 hours to 6 a.m. Wednesday."
    )
    assert facts_at(text, PUBLISHED) == [
        (4, "official ships", "around Taiwan", "Taiwan", WEDNESDAY),
        (15, "navy vessels", "around Taiwan", "Taiwan", WEDNESDAY),
        (76, "aircraft", "around Taiwan", "Taiwan", WEDNESDAY),
    ]


@pytest.mark.parametrize("joint", [", after", ", as", ", when"])
def test_a_report_in_a_clause_of_its_own_is_no_part_of_the_period_before_it(joint: str) -> None:
    text = (
        "TAIPEI — Defence Minister Wellington Koo said on Wednesday that the scale of Chinese "
        f'military activity this month was "not normal"{joint} the Ministry of National Defence '
        "reported 28 PLA aircraft and 13 naval vessels in the 24 hours to 6 a.m. Wednesday."
    )
    assert facts_at(text, PUBLISHED) == [
        (13, "navy vessels", "around Taiwan", "Taiwan", WEDNESDAY),
        (28, "aircraft", "around Taiwan", "Taiwan", WEDNESDAY),
    ]


@pytest.mark.parametrize("joint", [", hours after", ", shortly after", ", just hours after"])
def test_a_measure_of_time_before_the_subordinator_still_opens_a_clause_of_its_own(
    joint: str,
) -> None:
    text = (
        "KAOHSIUNG — Organisers of this week's harbour regatta said on Wednesday the boats "
        f"would sail as planned{joint} the Ministry of National Defense reported 19 Chinese "
        "military aircraft and six navy ships between 6 a.m. Tuesday and 6 a.m. Wednesday."
    )
    assert facts_at(text, PUBLISHED) == [
        (6, "navy vessels", "around Taiwan", "Taiwan", WEDNESDAY),
        (19, "aircraft", "around Taiwan", "Taiwan", WEDNESDAY),
    ]


def test_a_months_tally_still_holds_counts_in_its_own_clause() -> None:
    text = "The ministry tracked 290 PLA aircraft around Taiwan this month, the most since May."
    assert facts_at(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("later", "count", "day"),
    [
        ("Sunday was quieter, with 16.", 16, SUNDAY),
        ("On Sunday it was 16.", 16, SUNDAY),
        ("On Tuesday it was 56 — fifty-six — including 34 J-16 fighters.", 56, TUESDAY),
    ],
)
def test_a_bare_number_a_days_clause_gives_counts_the_measure_before(
    later: str, count: int, day: str
) -> None:
    text = (
        "The MND said 38 PLA aircraft entered Taiwan's southwestern air defense identification "
        f"zone on Friday, and 39 on Saturday. {later}"
    )
    facts = facts_at(text, PUBLISHED)
    assert (count, "aircraft", "ADIZ", "Taiwan", day) in facts
    assert len(facts) == 3


def test_a_number_measuring_something_else_after_it_was_is_no_count() -> None:
    text = (
        "The MND said 38 PLA aircraft entered Taiwan's ADIZ on Friday. On Sunday it was 56 "
        "years since the first crisis."
    )
    assert facts_at(text, PUBLISHED) == [(38, "aircraft", "ADIZ", "Taiwan", "2025-03-28")]


def test_a_day_that_opens_a_clause_after_a_semicolon_is_that_clauses_not_the_periods() -> None:
    text = (
        "The contiguous zone around the Senkaku Islands is the next 12 nautical miles. Chinese "
        "government ships have been in the zone almost continuously since 2019; on Tuesday there "
        "were four."
    )
    assert facts_at(text, PUBLISHED) == [
        (4, "official ships", "contiguous zone", "Senkaku Islands", TUESDAY)
    ]


@pytest.mark.parametrize(
    "tail",
    [
        ", as well as 14 balloons, most of them in the first week.",
        ". There were 3 balloon reports, all in the first half of the month.",
        ". Balloons numbered 5 in the last ten days of the month.",
    ],
)
def test_what_joins_a_months_tally_or_falls_in_part_of_the_month_is_no_days_count(
    tail: str,
) -> None:
    text = (
        "TAIPEI — Chinese military aircraft were detected around Taiwan 248 times in March, "
        "according to a tally of the Ministry of National Defense's daily reports. The ministry "
        "also logged 168 navy vessel sightings and 41 official ship sightings over the month"
        f"{tail}"
    )
    assert facts_at(text, PUBLISHED) == []


def test_a_count_after_a_dash_that_closes_an_aside_is_its_own() -> None:
    text = (
        "Taiwan's Ministry of National Defense reported 22 Chinese aircraft around Taiwan on "
        "Monday. On Wednesday the count was lower — 9 aircraft, 6 ships and 2 official ships — "
        "with 4 aircraft in the southwestern ADIZ."
    )
    assert (4, "aircraft", "ADIZ", "Taiwan", WEDNESDAY) in facts_at(text, PUBLISHED)


@pytest.mark.parametrize(
    "group",
    [
        "a four-ship China Coast Guard formation",
        "a 4-vessel China Coast Guard flotilla",
        "a four-ship formation of the China Coast Guard",
    ],
)
def test_a_group_numbered_by_a_compound_adjective_counts_its_craft(group: str) -> None:
    text = (
        f"BEIJING, April 2 (Xinhua) -- On Wednesday, {group} conducted a law-enforcement patrol "
        "within the territorial waters of Diaoyu Dao, a China Coast Guard spokesperson said."
    )
    assert facts_at(text, PUBLISHED) == [
        (4, "official ships", "territorial waters", "Senkaku Islands", WEDNESDAY)
    ]


@pytest.mark.parametrize("milestone", ["the first time a", "the first time that a"])
def test_a_milestones_article_counts_no_craft(milestone: str) -> None:
    text = (
        "Prime Minister Shigeru Ishiba cited China's activity around the Senkaku Islands. The "
        "Joint Staff said on Wednesday that the carrier Liaoning had sailed between Yonaguni and "
        f"Iriomote, {milestone} Chinese carrier had entered Japan's contiguous zone."
    )
    assert facts_at(text, PUBLISHED) == []


@pytest.mark.parametrize(
    "part", ["all in the first half of the month", "all of them in the last two weeks"]
)
def test_a_count_told_over_part_of_the_month_is_no_days_count(part: str) -> None:
    text = (
        "Taiwan's Ministry of National Defense tracked 248 Chinese military aircraft around "
        "Taiwan in March, according to a tally of its daily reports. Sightings of navy vessels "
        f"totalled 161 for the month. There were 3 balloon reports, {part}.\n\n"
        "In the 24 hours to 6 a.m. Wednesday the ministry reported 7 aircraft around the island."
    )
    assert facts_at(text, PUBLISHED) == [(7, "aircraft", "around Taiwan", "Taiwan", WEDNESDAY)]


def test_a_day_that_opens_the_counts_clause_keeps_them_from_a_later_window() -> None:
    text = (
        "On Thursday the ministry issued a mid-day tally of 71 aircraft detected between 7 a.m. "
        "and 5 p.m. Friday's report was the big one: 94 PLA aircraft and 21 PLAN vessels."
    )
    facts = facts_at(text, datetime(2025, 4, 5, 3, tzinfo=UTC))
    assert (71, "aircraft", "around Taiwan", "Taiwan", "2025-04-03") in facts
    assert (94, "aircraft", "around Taiwan", "Taiwan", "2025-04-04") in facts


def test_a_colon_that_opens_the_figures_leaves_the_day_before_it_to_the_teller() -> None:
    text = (
        "Taipei, Jan. 14 — The Liberty Times's page-one box on PLA activity is a small one "
        "today: 14 sorties, six ships and one balloon in the 24 hours to 6 a.m. yesterday, "
        "according to the Ministry of National Defense."
    )
    assert facts_at(text, datetime(2026, 1, 14, 1, tzinfo=UTC)) == [
        (1, "balloons", "around Taiwan", "Taiwan", "2026-01-13"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2026-01-13"),
        (14, "aircraft", "around Taiwan", "Taiwan", "2026-01-13"),
    ]


def test_a_moment_with_its_clock_is_no_window_to_date_a_stay_by() -> None:
    text = (
        "List of China Coast Guard intrusions into Senkaku territorial waters (2024)\n\n"
        "7 – 9 December: Two China Coast Guard ships entered Japan's territorial waters south of "
        "Uotsuri Island at around 4 p.m. on 7 December (Saturday). According to the 11th "
        "Regional Coast Guard Headquarters, the two ships had not left as of noon on Monday."
    )
    assert facts_at(text, datetime(2024, 12, 9, 6, 30, tzinfo=UTC)) == [
        (2, "official ships", "territorial waters", "Senkaku Islands", "2024-12-09")
    ]
