"""Incursion facts in the records, notes and explainers that carry a day's report beside other
things: the UN's records written in New York, a year's tally laid out as labelled lines, a
learner's glossary, a features desk's asides, a seminar's notes recalling days, and a stay told
in one sentence (docs/evaluation-sets.md, rules 3, 5, 8 and 9; blind-74 and blind-76)."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.incursion_helpers import facts_at

WEDNESDAY = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)
REPORT = (
    "Taiwan's Ministry of National Defense said it detected 21 PLA aircraft and six PLAN "
    "vessels around Taiwan in the 24 hours to 6 a.m. Wednesday."
)
REPORTED = [
    (6, "navy vessels", "around Taiwan", "Taiwan", "2026-03-11"),
    (21, "aircraft", "around Taiwan", "Taiwan", "2026-03-11"),
]


def test_a_un_noon_briefing_is_read_on_new_yorks_day() -> None:
    text = (
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
        "Question: Taiwan's Defence Ministry says 45 Chinese military aircraft were operating "
        "around Taiwan today. Is the Secretary-General concerned?"
    )
    evening = datetime(2026, 3, 10, 17, 20, tzinfo=UTC)  # already the 11th in Taipei
    assert facts_at(text, evening) == [(45, "aircraft", "around Taiwan", "Taiwan", "2026-03-10")]


def test_a_general_assembly_reply_says_this_morning_of_its_new_york_day() -> None:
    text = (
        "GENERAL ASSEMBLY\nSEVENTY-NINTH SESSION, 49TH MEETING (PM)\n\n"
        "The representative of Japan said that as of this morning, four China Coast Guard "
        "vessels were navigating in the contiguous zone around the Senkaku Islands."
    )
    night = datetime(2024, 12, 10, 21, 30, tzinfo=UTC)
    assert facts_at(text, night) == [
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2024-12-10")
    ]


def test_a_share_of_a_years_labelled_total_is_the_years() -> None:
    text = (
        "Total PLA aircraft detected around Taiwan in 2025: 5,709. Of those, 3,764 entered the "
        "ADIZ or crossed the median line, up from roughly 3,070 in 2024. On Sunday, the "
        "ministry counted 12 aircraft and five navy vessels around the island."
    )
    monday = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    assert facts_at(text, monday) == [
        (5, "navy vessels", "around Taiwan", "Taiwan", "2026-01-04"),
        (12, "aircraft", "around Taiwan", "Taiwan", "2026-01-04"),
    ]


def test_a_glossary_line_defines_ships_and_counts_none() -> None:
    text = (
        f"{REPORT}\n\nWord to know\n"
        "official ship – a government ship that is not a navy ship, for example a coast guard ship"
    )
    assert facts_at(text, WEDNESDAY) == REPORTED


def test_a_figure_spoken_of_and_one_ship_described_count_nothing() -> None:
    text = (
        f"{REPORT} What the chart does not say: that 21 is roughly average for this winter. "
        "As of noon on Wednesday, three China Coast Guard ships were in the contiguous zone "
        "around the Senkaku Islands. One was armed with what looked like a 76mm gun."
    )
    assert facts_at(text, WEDNESDAY) == sorted(
        [*REPORTED, (3, "official ships", "contiguous zone", "Senkaku Islands", "2026-03-11")]
    )


def test_a_summary_of_both_kinds_of_ships_is_no_navy_count() -> None:
    text = (
        "Taiwan sees seven Chinese ships near the island.\n\n"
        "In its daily report covering the 24 hours to 6 a.m. Wednesday, Taiwan's Ministry of "
        "National Defense said it detected five PLA Navy vessels and two official ships "
        "operating around Taiwan."
    )
    assert facts_at(text, WEDNESDAY) == [
        (2, "official ships", "around Taiwan", "Taiwan", "2026-03-11"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2026-03-11"),
    ]


def test_the_waters_another_countrys_boat_entered_are_no_zone_of_the_ships() -> None:
    text = (
        "The coast guard's noon bulletin on Wednesday put four Chinese government ships in the "
        "contiguous zone around the Senkaku Islands. Beijing's foreign ministry said the ships "
        "had expelled a Japanese vessel that had illegally entered China's territorial waters."
    )
    assert facts_at(text, WEDNESDAY) == [
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2026-03-11")
    ]


def test_ships_still_inside_as_of_this_morning_count_today() -> None:
    text = (
        "A JCG speaker said two China Coast Guard ships had intruded into the territorial "
        "waters around the Senkaku Islands on Monday and were still inside as of this morning."
    )
    assert facts_at(text, WEDNESDAY) == [
        (2, "official ships", "territorial waters", "Senkaku Islands", "2026-03-11")
    ]


def test_a_day_that_opens_what_a_speaker_told_is_the_days_report() -> None:
    text = (
        f"{REPORT} A Taiwanese participant pointed out that on Monday the ministry had counted "
        "only 12 aircraft, which showed how quickly the PLA surges."
    )
    assert facts_at(text, WEDNESDAY) == sorted(
        [*REPORTED, (12, "aircraft", "around Taiwan", "Taiwan", "2026-03-09")]
    )


def test_a_day_after_a_semicolon_dates_only_its_own_clause() -> None:
    text = (
        "A participant reported that Taiwan's Ministry of National Defense had said on Monday "
        "that 11 PLA aircraft entered the southwestern ADIZ; he added that the record of 25 set "
        "on Feb. 27 showed how fast the numbers could climb."
    )
    assert facts_at(text, WEDNESDAY) == [(11, "aircraft", "ADIZ", "Taiwan", "2026-03-09")]


TRADES = ["maker", "maker's factory", "manufacturer", "factory", "builder", "supplier"]
CRAFT = ["drone", "military drone", "balloon", "warship", "coast guard ship", "fighter jet"]


@settings(max_examples=12, deadline=None)
@given(craft=st.sampled_from(CRAFT), trade=st.sampled_from(TRADES))
def test_a_craft_naming_a_firms_trade_counts_no_craft(craft: str, trade: str) -> None:
    text = f"{REPORT} Earlier, the delegates were bussed to a {craft} {trade} in Chiayi."
    assert facts_at(text, WEDNESDAY) == REPORTED


def test_ships_counted_anew_as_still_there_leave_the_entry_days_count() -> None:
    text = (
        "On Monday, two China Coast Guard ships entered the contiguous zone around the Senkaku "
        "Islands, and on Tuesday a third joined them; the JCG said three were still there as "
        "of Wednesday morning."
    )
    monday = (2, "official ships", "contiguous zone", "Senkaku Islands", "2026-03-09")
    assert monday in facts_at(text, WEDNESDAY)


def test_ships_a_teller_says_had_not_left_as_of_today_count_today() -> None:
    text = (
        "Two China Coast Guard vessels entered Kinmen's prohibited waters on Tuesday afternoon, "
        "and the Coast Guard Administration said they had not left as of 10 a.m. today."
    )
    assert facts_at(text, WEDNESDAY) == [
        (2, "official ships", "restricted waters", "Kinmen", "2026-03-11")
    ]
