"""incAC: a period in a clause that frames a count ("readers travelling this week should
note that ...", "... as the PLA fired"), a count of "China Coast Guard and other official ships",
an ADIZ another state owns ("Japan's", "its" after South Korea's military), ships warned to stay
"out of" a zone, a figure ranked "since" another or set beside a peak with its own figure, a
count of a recent day beside one too old for a fact, and "That morning" a paragraph after the
last day written."""

from datetime import UTC, datetime

from incursion_helpers import around_taiwan, facts_at

WEDNESDAY = datetime(2025, 6, 11, 3, 0, tzinfo=UTC)  # Wednesday 11 June, morning in Taipei
SENKAKU = "Senkaku Islands"


def test_a_period_of_the_readers_frame_leaves_the_reported_count_a_days_fact() -> None:
    text = (
        "Anglers heading out of Keelung this week should note that the defence ministry "
        "tracked 21 Chinese military aircraft and five PLA Navy ships around Taiwan in the 24 "
        "hours to 6 a.m. Wednesday."
    )
    assert facts_at(text, WEDNESDAY) == [
        around_taiwan(5, "navy vessels", "2025-06-11"),
        around_taiwan(21, "aircraft", "2025-06-11"),
    ]


def test_a_period_in_an_aside_leaves_the_launch_as_told_to_its_day() -> None:
    text = (
        "Tea farmers, already counting losses from a heatwave this month, saw their orders "
        "stall as the PLA's Eastern Theater Command fired seven ballistic missiles into waters "
        "around Taiwan on Tuesday."
    )
    assert facts_at(text, WEDNESDAY) == [around_taiwan(7, "missiles", "2025-06-10")]


def test_coast_guard_and_other_official_ships_are_one_count() -> None:
    text = (
        "The ministry said it detected 30 Chinese military aircraft, 12 PLA Navy ships and "
        "six China Coast Guard and other official ships around Taiwan on Wednesday."
    )
    assert facts_at(text, WEDNESDAY) == [
        around_taiwan(6, "official ships", "2025-06-11"),
        around_taiwan(12, "navy vessels", "2025-06-11"),
        around_taiwan(30, "aircraft", "2025-06-11"),
    ]


def test_an_adiz_another_state_owns_is_outside_the_list() -> None:
    for text in (
        "Two Chinese Y-9 aircraft entered Japan's air defense identification zone on Tuesday.",
        "Seoul's Joint Chiefs of Staff said South Korea's air force scrambled jets after two "
        "Chinese bombers entered its air defence identification zone on Tuesday.",
        "Japan's Joint Staff said three Chinese drones entered its ADIZ on Tuesday.",
    ):
        assert facts_at(text, WEDNESDAY) == [], text


def test_taiwans_own_adiz_keeps_its_fact() -> None:
    text = "Taiwan's defence ministry said 11 Chinese aircraft entered its ADIZ on Tuesday."
    assert facts_at(text, WEDNESDAY) == [(11, "aircraft", "ADIZ", "Taiwan", "2025-06-10")]


def test_ships_warned_to_stay_out_of_a_zone_did_not_enter_it() -> None:
    text = (
        "Three China Coast Guard ships sailed in the contiguous zone around the Senkaku Islands "
        "on Wednesday, the coast guard said. One of the ships appeared to carry a deck gun, the "
        "coast guard said, and Japanese cutters warned all three to stay out of Japanese "
        "territorial waters."
    )
    assert facts_at(text, WEDNESDAY) == [
        (3, "official ships", "contiguous zone", SENKAKU, "2025-06-11")
    ]


def test_a_days_figure_ranked_since_an_old_one_is_that_days_report() -> None:
    text = (
        "The ministry counted 20 Chinese military aircraft around Taiwan in the 24 hours to "
        "6 a.m. Wednesday. That was down from Monday, when it reported 41 aircraft around the "
        "island, the highest daily count since the 153 of last October."
    )
    assert facts_at(text, WEDNESDAY) == [
        around_taiwan(20, "aircraft", "2025-06-11"),
        around_taiwan(41, "aircraft", "2025-06-09"),
    ]


def test_a_peak_with_its_own_figure_leaves_the_compared_day_its_fact() -> None:
    text = (
        "The ministry counted 20 Chinese military aircraft around Taiwan in the 24 hours to "
        "6 a.m. Wednesday. That was down from 33 aircraft on June 8, when a carrier sailed "
        "past, and far below the year's peak of 74 aircraft in April."
    )
    assert facts_at(text, WEDNESDAY) == [
        around_taiwan(20, "aircraft", "2025-06-11"),
        around_taiwan(33, "aircraft", "2025-06-08"),
    ]


def test_a_recent_days_count_beside_an_old_one_is_that_days_fact() -> None:
    text = (
        "The ministry said it tracked 16 Chinese military aircraft around Taiwan in the 24 "
        "hours to 6 a.m. Wednesday. It had logged 9 aircraft and 4 ships on Sunday, and 40 "
        "aircraft on May 20."
    )
    assert facts_at(text, WEDNESDAY) == [
        around_taiwan(4, "navy vessels", "2025-06-08"),
        around_taiwan(9, "aircraft", "2025-06-08"),
        around_taiwan(16, "aircraft", "2025-06-11"),
    ]


def test_that_morning_two_paragraphs_on_is_the_copys_own_day() -> None:
    text = (
        "TAIPEI — The potters' fair opened on Monday with a dinner for exhibitors on Monday "
        "evening.\n\n"
        '"Clay forgives nothing," said one exhibitor from Yingge.\n\n'
        "Politics was never far away. That morning the defence ministry had reported 14 "
        "Chinese aircraft and six ships around Taiwan."
    )
    assert facts_at(text, WEDNESDAY) == [
        around_taiwan(6, "navy vessels", "2025-06-11"),
        around_taiwan(14, "aircraft", "2025-06-11"),
    ]


def test_a_share_told_entering_another_zone_on_its_own_day_is_that_days_fact() -> None:
    text = (
        "On Wednesday, three China Coast Guard ships were sailing in the contiguous zone "
        "around the Senkaku Islands, the coast guard said, and two of them had sailed into "
        "Japan's territorial waters on Monday to chase a fishing boat."
    )
    assert facts_at(text, WEDNESDAY) == [
        (2, "official ships", "territorial waters", SENKAKU, "2025-06-09"),
        (3, "official ships", "contiguous zone", SENKAKU, "2025-06-11"),
    ]


def test_part_of_a_standing_stay_told_entering_the_same_zone_gives_no_fact() -> None:
    text = (
        "As of 10 a.m. Wednesday, five China Coast Guard ships were sailing in the contiguous "
        "zone around the Senkaku Islands, the coast guard said. Three of them, one with a "
        "deck gun, had entered the zone on Sunday."
    )
    assert facts_at(text, WEDNESDAY) == [
        (5, "official ships", "contiguous zone", SENKAKU, "2025-06-11")
    ]


def test_ships_sailing_there_are_in_the_zone_named_before() -> None:
    text = (
        "Chinese government ships were in the contiguous zone around the Senkaku Islands on "
        "27 days in May, the coast guard said. On Tuesday, two China Coast Guard ships were "
        "sailing there."
    )
    assert facts_at(text, WEDNESDAY) == [
        (2, "official ships", "contiguous zone", SENKAKU, "2025-06-10")
    ]


def test_the_next_days_of_a_stay_leave_it_dated_by_its_entry() -> None:
    text = (
        "Two China Coast Guard ships sailed into Japanese territorial waters around the "
        "Senkaku Islands on Monday and spent the next two days shadowing a fishing boat."
    )
    assert facts_at(text, WEDNESDAY) == [
        (2, "official ships", "territorial waters", SENKAKU, "2025-06-09")
    ]


def test_a_share_told_with_with_after_a_months_tally_is_the_months() -> None:
    text = (
        "Tallies of the ministry's daily reports show 388 PLA aircraft and 201 navy ships "
        "around Taiwan in May, with 240 aircraft entering the ADIZ."
    )
    assert facts_at(text, WEDNESDAY) == []


def test_a_share_told_with_its_own_day_after_a_tally_is_that_days() -> None:
    text = "The ministry has counted 1,900 Chinese aircraft around Taiwan this year, with 33 aircraft on Monday."
    assert facts_at(text, WEDNESDAY) == [around_taiwan(33, "aircraft", "2025-06-09")]


def test_a_senkaku_clause_with_its_own_zone_leaves_the_days_report_around_taiwan() -> None:
    text = (
        "Security roundup: Taiwan's defence ministry reported 18 aircraft and seven navy "
        "vessels in the 24 hours to 6 a.m. Wednesday, and the Japan Coast Guard said four "
        "China Coast Guard ships that entered the contiguous zone off the Senkakus on Tuesday "
        "were still there as of Wednesday morning."
    )
    assert facts_at(text, WEDNESDAY) == [
        (4, "official ships", "contiguous zone", SENKAKU, "2025-06-11"),
        around_taiwan(7, "navy vessels", "2025-06-11"),
        around_taiwan(18, "aircraft", "2025-06-11"),
    ]


def test_clock_hours_of_an_act_continue_the_day_told_before() -> None:
    text = (
        "Ham operators logged odd coastal warnings hours before the PLA fired missiles toward "
        "Taiwan on Tuesday, a club newsletter said.\n\n"
        "Taiwan's Ministry of National Defense said the PLA Rocket Force fired eight ballistic "
        "missiles into waters around Taiwan between 2:05 p.m. and 3:40 p.m."
    )
    assert facts_at(text, WEDNESDAY) == [around_taiwan(8, "missiles", "2025-06-10")]


def test_the_highest_since_records_began_is_still_a_record() -> None:
    text = (
        "Nine Chinese aircraft entered Taiwan's ADIZ on Wednesday, the defence ministry said. "
        "That is far below Monday, when 48 Chinese aircraft flew into the zone, the highest "
        "since the ministry began publishing the figures."
    )
    assert facts_at(text, WEDNESDAY) == [(9, "aircraft", "ADIZ", "Taiwan", "2025-06-11")]


def test_ships_named_by_another_forces_initials_are_no_count() -> None:
    text = (
        "In the drill, a CGA cutter and three JCG ships practised a rescue off Chiba. Taiwan's "
        "defence ministry said on Wednesday it had tracked 12 Chinese military aircraft "
        "around Taiwan in the 24 hours to 6 a.m., and the Japan Coast Guard said two Chinese "
        "government ships were in the contiguous zone around the Senkaku Islands."
    )
    assert facts_at(text, WEDNESDAY) == [
        (2, "official ships", "contiguous zone", SENKAKU, "2025-06-11"),
        around_taiwan(12, "aircraft", "2025-06-11"),
    ]


def test_missiles_a_ministry_times_between_two_clocks_are_the_days_count() -> None:
    # Two clocks of different hours time the firing, so the ministry watched it: rule 7's
    # count around Taiwan, though no report's window.
    text = (
        "Beijing's drills sent rockets into the sea east of Taiwan on Thursday.\n\n"
        "The island's defence ministry said the PLA fired five ballistic missiles between "
        "9 a.m. and 11:30 a.m., two of which came down in Japan's exclusive economic zone."
    )
    assert facts_at(text, WEDNESDAY) == [around_taiwan(5, "missiles", "2025-06-05")]


def test_missiles_timed_between_two_clocks_keep_the_day_they_were_fired() -> None:
    text = (
        "Taiwan's defence ministry said the PLA fired five ballistic missiles between 9 a.m. "
        "and 11:30 a.m. on Tuesday."
    )
    assert facts_at(text, WEDNESDAY) == [around_taiwan(5, "missiles", "2025-06-10")]


def test_ships_watched_beside_a_sea_count_it_opened_with_are_at_that_place() -> None:
    # The sentence opens with its restricted-waters count: "two more" go on at Matsu, no report
    # of the day around Taiwan.
    text = (
        "Taiwan's coast guard said on Tuesday it had escorted four China Coast Guard ships out "
        "of the restricted waters off Beigan on Monday, while two more were monitored outside "
        "the zone."
    )
    assert facts_at(text, WEDNESDAY) == [
        (4, "official ships", "restricted waters", "Matsu", "2025-06-09")
    ]


def test_further_ships_near_matsu_leave_the_days_warship_total_whole() -> None:
    text = (
        "Taiwan's coast guard said two China Coast Guard ships entered the restricted waters "
        "off Nangan on Tuesday morning, and that a further eight ships were sailing nearby. The "
        "defence ministry said it had tracked 30 PLA aircraft, 12 warships and four official "
        "ships around the island in the 24 hours to 6 a.m. Wednesday."
    )
    assert facts_at(text, WEDNESDAY) == [
        (2, "official ships", "restricted waters", "Matsu", "2025-06-10"),
        around_taiwan(4, "official ships", "2025-06-11"),
        around_taiwan(12, "navy vessels", "2025-06-11"),
        around_taiwan(30, "aircraft", "2025-06-11"),
    ]
