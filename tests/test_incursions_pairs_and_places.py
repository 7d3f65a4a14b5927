"""Shares of a report's counts told back: "both" for the two craft counted before into a zone
(not leaving, returning, sighted or placed where they were), a share and
"the two drones" joined in one subject, and the correlative "both ... and" that counts nothing;
the day of a count written after the waters it went into; a bare figure past any day's craft;
"the same airspace" for the zone named before; "did" after a sentence that counted none;
missiles placed by where a vague share of them came down, and dated by the firing the sentence
after tells."""

from datetime import UTC, datetime

from incursion_helpers import around_taiwan, facts_at

REPORT = (
    "Taiwan's defence ministry said it had tracked 14 Chinese military aircraft and two balloons "
    "around the island in the 24 hours to 6 a.m. Thursday. "
)
THURSDAY = datetime(2025, 2, 13, 7, tzinfo=UTC)


def test_both_balloons_that_crossed_the_median_line_count_two() -> None:
    text = REPORT + "Both balloons drifted across the median line before they were lost."
    facts = facts_at(text, THURSDAY)
    assert (2, "balloons", "median line", "Taiwan", "2025-02-13") in facts


def test_both_of_the_balloons_and_a_share_of_the_aircraft_each_keep_the_zone() -> None:
    for subject in (
        "Six of the aircraft and both balloons",
        "Six of the aircraft and both of the balloons",
        "Six of the aircraft and the two balloons",
    ):
        facts = facts_at(REPORT + f"{subject} crossed the median line, it said.", THURSDAY)
        assert facts == sorted(
            [
                around_taiwan(14, "aircraft", "2025-02-13"),
                around_taiwan(2, "balloons", "2025-02-13"),
                (6, "aircraft", "median line", "Taiwan", "2025-02-13"),
                (2, "balloons", "median line", "Taiwan", "2025-02-13"),
            ]
        ), subject


def test_both_joining_two_nouns_counts_nothing() -> None:
    text = (
        "Both aircraft and navy ships were tracked around Taiwan on Wednesday, the ministry "
        "said, without giving figures."
    )
    assert facts_at(text, THURSDAY) == []


def test_a_count_fired_into_waters_takes_the_day_written_after_them() -> None:
    text = (
        "SEOUL — A ballet company on Monday postponed its Kaohsiung shows after China's army "
        "launched seven ballistic missiles into waters around Taiwan on Sunday."
    )
    facts = facts_at(text, datetime(2025, 6, 9, 5, tzinfo=UTC))
    assert facts == [around_taiwan(7, "missiles", "2025-06-08")]


def test_a_bare_figure_past_any_days_craft_takes_no_craft_from_the_headline() -> None:
    text = (
        "Matsu marathon runners share the course as coast guard ships circle\n\n"
        "NANGAN, Matsu — Runners from Fuzhou joined the Matsu marathon on Sunday for the first "
        "time since 2019. Some 4,500 were counted at the start line, organisers said.\n\n"
        "The race came a day after three China Coast Guard ships entered the restricted waters "
        "off Nangan, the Coast Guard Administration said."
    )
    facts = facts_at(text, datetime(2025, 11, 10, 5, tzinfo=UTC))
    assert facts == [(3, "official ships", "restricted waters", "Matsu", "2025-11-08")]


def test_craft_in_the_same_airspace_are_in_the_zone_named_before() -> None:
    text = (
        "Nine J-10 fighters entered the southwestern part of the ADIZ between 6 a.m. Monday and "
        "6 a.m. Tuesday, the Defense Ministry said, and three drones flew through the same "
        "airspace before heading back to Fujian."
    )
    facts = facts_at(text, datetime(2025, 4, 15, 4, tzinfo=UTC))
    assert (3, "drones", "ADIZ", "Taiwan", "2025-04-15") in facts
    assert (9, "aircraft", "ADIZ", "Taiwan", "2025-04-15") in facts


def test_a_share_that_did_so_repeats_the_act_of_a_sentence_that_counted_none() -> None:
    text = (
        "Reading the map\n\n"
        "ADIZ: a wide band of airspace Taiwan watches. On Sunday the ministry said 21 Chinese "
        "aircraft had operated around Taiwan in the 24 hours to 6 a.m.\n\n"
        "Median line: the unofficial boundary in the strait. PLA jets have crossed it almost "
        "daily since 2022. Seven of Sunday's aircraft did."
    )
    assert facts_at(text, datetime(2025, 5, 12, 5, tzinfo=UTC)) == [
        (7, "aircraft", "median line", "Taiwan", "2025-05-11"),
        around_taiwan(21, "aircraft", "2025-05-11"),
    ]


def test_missiles_some_of_which_came_down_off_the_island_were_fired_around_it() -> None:
    published = datetime(2025, 3, 11, 3, tzinfo=UTC)
    near = (
        "Taiwan's defence ministry said China's rocket force fired six ballistic missiles on "
        "Monday evening, some of which came down in waters off the island's east coast."
    )
    assert facts_at(near, published) == [around_taiwan(6, "missiles", "2025-03-10")]
    elsewhere = (
        "The rocket force fired six ballistic missiles toward Japan on Monday, some of which "
        "came down off Okinawa."
    )
    assert facts_at(elsewhere, published) == []


def test_missiles_counted_in_a_drills_clause_take_the_day_the_next_sentence_fired_them() -> None:
    text = (
        "Ferry lines to Matsu stayed in port on Wednesday, the third day of exercises in which "
        "China's army fired eight ballistic missiles into waters around the island, Taiwan's "
        "defence ministry said. It said the missiles were launched from Fujian on Tuesday "
        "morning."
    )
    facts = facts_at(text, datetime(2025, 7, 9, 4, tzinfo=UTC))
    assert facts == [around_taiwan(8, "missiles", "2025-07-08")]


def test_both_craft_leaving_returning_or_sighted_are_no_count_of_their_own() -> None:
    report = (
        "Two China Coast Guard ships entered Japan's territorial waters near the Senkaku "
        "Islands on Monday, the Japan Coast Guard said. "
    )
    monday = datetime(2025, 5, 12, 3, tzinfo=UTC)
    entered = (2, "official ships", "territorial waters", "Senkaku Islands", "2025-05-12")
    for sequel in (
        "Both ships leave the waters at noon on Tuesday.",
        "On Tuesday both of them exited the waters into the contiguous zone.",
        "Both cutters then returned to the contiguous zone on Tuesday.",
    ):
        facts = facts_at(report + sequel, monday)
        assert facts == [entered], sequel


def test_both_balloons_sighted_and_drifting_out_add_no_zone() -> None:
    text = (
        REPORT + "None of them entered the ADIZ. Both balloons were seen off Hsinchu and "
        "drifted out of the zone by noon."
    )
    assert facts_at(text, THURSDAY) == sorted(
        [around_taiwan(14, "aircraft", "2025-02-13"), around_taiwan(2, "balloons", "2025-02-13")]
    )


def test_both_of_which_placing_a_share_where_its_total_was_adds_no_count() -> None:
    text = (
        "Twelve Chinese military aircraft, including ten J-10 fighters, entered Taiwan's air "
        "defense identification zone (ADIZ) on Thursday, the ministry said. The other two "
        "aircraft were a KJ-500 and a Y-9, both of which flew in the eastern part of the ADIZ."
    )
    assert facts_at(text, THURSDAY) == [(12, "aircraft", "ADIZ", "Taiwan", "2025-02-13")]


def test_both_balloons_that_flew_into_the_zone_count_two_there() -> None:
    text = REPORT + "Both of the balloons later flew into the ADIZ, it said."
    assert (2, "balloons", "ADIZ", "Taiwan", "2025-02-13") in facts_at(text, THURSDAY)


def test_both_craft_in_a_zone_or_still_inside_it_are_counted_there() -> None:
    text = REPORT + "Both balloons flew in the northern ADIZ, it said."
    assert (2, "balloons", "ADIZ", "Taiwan", "2025-02-13") in facts_at(text, THURSDAY)
    text = (
        "Two China Coast Guard ships entered Japan's territorial waters near the Senkaku "
        "Islands on Monday. On Wednesday both were still inside the territorial waters, the "
        "coast guard said."
    )
    facts = facts_at(text, datetime(2025, 5, 14, 3, tzinfo=UTC))
    assert (2, "official ships", "territorial waters", "Senkaku Islands", "2025-05-14") in facts
