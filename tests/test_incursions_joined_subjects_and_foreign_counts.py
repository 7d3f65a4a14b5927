"""Incursion facts a reader decides by a conjunction, a period word or whose count it is: a
craft joined to a share by "as well as" goes where the share went, a figure recalled "a day
after" a window is the day before the window's, the days a noun measures date nothing back, a
month before the activity it counts makes a month's sum, another country's coast guard counts
its own waters, and a breakdown by service between commas leaves the total whole. Sentences
written for these tests; the real spaCy model, as in the other tests."""

from datetime import UTC, datetime

from incursion_helpers import Fact, facts_at

PUBLISHED = datetime(2026, 4, 9, 7, 30, tzinfo=UTC)  # a Thursday
TODAY = "2026-04-09"


def facts(text: str) -> list[Fact]:
    return facts_at(text, PUBLISHED)


def test_a_craft_joined_by_as_well_as_to_a_share_crosses_with_it() -> None:
    text = (
        "The ministry said it tracked 21 Chinese military aircraft, seven navy ships and one "
        "balloon around Taiwan in the 24 hours to 6 a.m. Thursday. Fourteen of the aircraft, "
        "as well as the balloon, crossed the median line and entered the ADIZ."
    )
    assert facts(text) == sorted([
        (21, "aircraft", "around Taiwan", "Taiwan", TODAY),
        (7, "navy vessels", "around Taiwan", "Taiwan", TODAY),
        (1, "balloons", "around Taiwan", "Taiwan", TODAY),
        (14, "aircraft", "median line", "Taiwan", TODAY),
        (14, "aircraft", "ADIZ", "Taiwan", TODAY),
        (1, "balloons", "median line", "Taiwan", TODAY),
        (1, "balloons", "ADIZ", "Taiwan", TODAY),
    ])  # fmt: skip


def test_a_craft_joined_by_and_to_a_share_crosses_with_it() -> None:
    text = (
        "The ministry counted 18 Chinese aircraft and one drone around Taiwan in the 24 hours "
        "to 6 a.m. Thursday. Six of the aircraft and the drone entered the ADIZ."
    )
    assert (1, "drones", "ADIZ", "Taiwan", TODAY) in facts(text)
    assert (6, "aircraft", "ADIZ", "Taiwan", TODAY) in facts(text)


def test_every_count_recalled_a_day_after_a_window_is_the_day_before() -> None:
    text = (
        "The defence ministry said on Thursday it had spotted 15 Chinese aircraft and five navy "
        "ships around Taiwan between 6 a.m. Wednesday and 6 a.m. Thursday, a day after it "
        "reported 40 aircraft and three drones."
    )
    assert facts(text) == sorted([
        (15, "aircraft", "around Taiwan", "Taiwan", TODAY),
        (5, "navy vessels", "around Taiwan", "Taiwan", TODAY),
    ])  # fmt: skip


def test_days_that_measure_a_delay_do_not_date_the_firing_back() -> None:
    text = (
        "Freight agents in Keelung warned on Thursday of waits of three to five days after the "
        "People's Liberation Army fired six missiles into waters east of Taiwan."
    )
    assert facts(text) == [(6, "missiles", "around Taiwan", "Taiwan", TODAY)]


def test_a_month_before_the_activity_it_counts_is_no_days_figure() -> None:
    text = (
        "March PLA air activity near Taiwan tops 280 sorties; airline crews rerouted\n\n"
        "Chinese military aircraft were detected in Taiwan's ADIZ 286 times in March, "
        "according to a tally of the ministry's daily reports."
    )
    assert facts(text) == []


def test_another_countrys_coast_guard_counts_its_own_waters() -> None:
    text = (
        "Chinese vessels stayed near Second Thomas Shoal through the week. The PCG said it had "
        "tracked three China Coast Guard ships and a PLA Navy frigate near the shoal on Tuesday."
    )
    assert facts(text) == []


def test_a_breakdown_by_service_between_commas_leaves_the_total_whole() -> None:
    text = (
        "Six Chinese government ships, five from the China Coast Guard and one from the "
        "Maritime Safety Administration, entered the restricted waters off Kinmen on Thursday, "
        "the Coast Guard Administration said."
    )
    assert facts(text) == [(6, "official ships", "restricted waters", "Kinmen", TODAY)]
