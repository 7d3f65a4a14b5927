"""Incursion facts from follow-on sentences and asides: a count carried to another day by
ellipsis ("and on Sunday 28"), a figure an earlier report gave recalled by the story (rule 8),
waters pointed back to by a demonstrative, a figure's value between dashes, and an island
written with its romanised suffix. Sentences written for these tests in the shapes of wire
copy; the real spaCy model, as in the other tests."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, facts_at

PUBLISHED = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)  # a Wednesday
TODAY = "2026-03-11"


def facts(text: str) -> list[Fact]:
    return facts_at(text, PUBLISHED)


def test_a_verbless_count_after_its_day_is_that_days_figure() -> None:
    text = (
        "Taiwan's defence ministry said on Wednesday that 35 Chinese aircraft had been detected "
        "around the island in the 24 hours to 6am. On Monday it had counted 19 aircraft and on "
        "Tuesday 24."
    )
    assert sorted(facts(text)) == sorted([
        (35, "aircraft", "around Taiwan", "Taiwan", TODAY),
        (19, "aircraft", "around Taiwan", "Taiwan", "2026-03-09"),
        (24, "aircraft", "around Taiwan", "Taiwan", "2026-03-10"),
    ])  # fmt: skip


@given(
    earlier=st.integers(min_value=2, max_value=60),
    later=st.integers(min_value=2, max_value=60),
)
def test_any_count_elided_after_a_later_day_keeps_the_craft_and_takes_that_day(
    earlier: int, later: int
) -> None:
    text = (
        "Taiwan's defence ministry said on Wednesday that 40 Chinese aircraft had been detected "
        f"around the island in the 24 hours to 6am. On Monday it had counted {earlier} aircraft "
        f"and on Tuesday {later}."
    )
    found = facts(text)
    assert (earlier, "aircraft", "around Taiwan", "Taiwan", "2026-03-09") in found
    assert (later, "aircraft", "around Taiwan", "Taiwan", "2026-03-10") in found


def test_a_figure_an_earlier_report_gave_is_no_fact_beside_the_latest_figures() -> None:
    text = (
        "Taiwan's defence ministry said on Wednesday that 30 Chinese aircraft and nine naval "
        "vessels had been detected around the island in the 24 hours to 6am.\n\n"
        "The latest figures come a day after the ministry said seven Chinese coastguard ships "
        "had joined the drills — a number it did not repeat on Wednesday."
    )
    assert sorted(facts(text)) == sorted([
        (30, "aircraft", "around Taiwan", "Taiwan", TODAY),
        (9, "navy vessels", "around Taiwan", "Taiwan", TODAY),
    ])  # fmt: skip


def test_an_earlier_reports_figure_beside_craft_the_story_does_not_count_gives_none() -> None:
    # Rule 8: "a day after the ministry reported ..." recalls the figure relative to the story,
    # whose own craft ("dozens") have no figure; dev-a-050's label, which keeps such a figure,
    # is against the rule (docs/evaluation-sets.md notes it).
    text = (
        "Dozens of Chinese military aircraft were operating around Taiwan on Wednesday, an "
        "official said, a day after the Ministry of National Defense reported that 22 aircraft "
        "had crossed the median line."
    )
    assert facts(text) == []


def test_those_waters_point_back_to_kinmens_restricted_waters() -> None:
    text = (
        "The China Coast Guard has entered Kinmen's restricted waters more than 60 times this "
        "year, Taiwan's Ocean Affairs Council said. On Tuesday three Chinese coast guard "
        "vessels sailed into those waters for two hours."
    )
    assert facts(text) == [(3, "official ships", "restricted waters", "Kinmen", "2026-03-10")]


def test_a_figure_given_between_dashes_is_the_reports_figure() -> None:
    text = (
        "9:00 a.m. Taiwan's Ministry of National Defense says Chinese aircraft flew a combat "
        "patrol overnight; its tally — 31 aircraft and six vessels, with 17 aircraft in the "
        "ADIZ — came out this morning."
    )
    assert sorted(facts(text)) == sorted([
        (31, "aircraft", "around Taiwan", "Taiwan", TODAY),
        (6, "navy vessels", "around Taiwan", "Taiwan", TODAY),
        (17, "aircraft", "ADIZ", "Taiwan", TODAY),
    ])  # fmt: skip


def test_an_island_written_with_its_romanised_suffix_is_its_place() -> None:
    text = (
        "Two China Coast Guard ships entered Kinmen's restricted waters on Wednesday morning, "
        "Taiwan's coast guard said. Three China Coast Guard ships near Uotsuri-shima entered "
        "Japanese territorial waters on Wednesday, the Japan Coast Guard said."
    )
    assert sorted(facts(text)) == sorted([
        (2, "official ships", "restricted waters", "Kinmen", TODAY),
        (3, "official ships", "territorial waters", "Senkaku Islands", TODAY),
    ])  # fmt: skip


@given(
    leaving=st.sampled_from(["had left", "left", "have exited"]),
    part=st.sampled_from(["the two", "the two ships", "those"]),
)
def test_a_part_pointed_back_to_by_the_zone_it_left_adds_no_fact(leaving: str, part: str) -> None:
    # Rule 9: the two's stay is the Monday fact; the four were only in the contiguous zone.
    text = (
        "Two China Coast Guard ships that entered Japanese territorial waters near the Senkaku "
        "Islands on Monday morning left on Tuesday night, the Japan Coast Guard said. As of noon "
        f"Wednesday, four China Coast Guard vessels, including {part} that {leaving} "
        "territorial waters, were sailing in the contiguous zone, the coast guard said."
    )
    assert facts(text) == [
        (2, "official ships", "territorial waters", "Senkaku Islands", "2026-03-09"),
        (4, "official ships", "contiguous zone", "Senkaku Islands", TODAY),
    ]


def test_a_part_that_left_named_at_the_sentences_end_adds_no_fact_either() -> None:
    text = (
        "Two China Coast Guard ships that entered Japanese territorial waters near the Senkaku "
        "Islands on Monday morning left on Tuesday night, the Japan Coast Guard said. As of noon "
        "Wednesday, four CCG ships were sailing in the contiguous zone just outside, including "
        "the pair that had left territorial waters."
    )
    assert facts(text) == [
        (2, "official ships", "territorial waters", "Senkaku Islands", "2026-03-09"),
        (4, "official ships", "contiguous zone", "Senkaku Islands", TODAY),
    ]


@given(
    event=st.sampled_from(
        ["The air-raid drill came", "The rally went ahead", "Lai's speech was delivered"]
    ),
    days=st.sampled_from(["a day", "two days"]),
)
def test_a_figure_recalled_beside_another_event_is_background(event: str, days: str) -> None:
    text = (
        "Sirens sounded across Taichung at 1:30 p.m. on Wednesday and traffic stopped for half "
        f"an hour. {event} {days} after the Ministry of National Defense reported 28 Chinese "
        "military aircraft and seven ships around the island."
    )
    assert facts(text) == []
