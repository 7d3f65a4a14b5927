"""Incursion reports as a browser translates Japanese, Chinese and Taiwanese official pages word
for word: the count after its noun in a formation ("China Sea Police 2 ship formation"), the
zone before the count ("In the connected water area ..., 4 ships are navigating"), the
contiguous zone as "the connected water area", the ADIZ as "our northern ... airspace", the
ministry's "periphery of our sea and airspace", and a day of the month with no month ("On the
31st too"). Each reads as the English a wire writer would have used."""

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.nlp.analyze import TextToAnalyse, analyse

PUBLISHED = datetime(2024, 5, 24, 2, 0, tzinfo=UTC)
TODAY = date(2024, 5, 24)


def facts(text: str) -> set[tuple[int, str, str, str, date]]:
    (analysis,) = analyse([TextToAnalyse("t", text, "en", PUBLISHED)])
    return {(f.count, f.what, f.zone, f.place, f.day) for f in analysis.incursions}


@settings(max_examples=10)
@given(
    st.integers(min_value=2, max_value=9),
    st.sampled_from(["ship", "ships"]),
    st.sampled_from(["China Sea Police", "China Coast Guard", "China Sea Police Bureau ships"]),
)
def test_a_count_before_one_formation_counts_the_ships_in_it(
    count: int, noun: str, operator: str
) -> None:
    text = (
        f"On May 24, {operator} {count} {noun} formation conducted cruise within the "
        "territorial sea of the Senkaku Islands."
    )
    assert facts(text) == {
        (count, "official ships", "territorial waters", "Senkaku Islands", TODAY)
    }


def test_several_formations_are_still_no_count_of_ships() -> None:
    text = (
        "Two China Coast Guard ship formations entered the territorial sea of the Senkaku Islands."
    )
    assert facts(text) == set()


@settings(max_examples=10)
@given(
    st.integers(min_value=2, max_value=9),
    st.sampled_from(["connected water area", "contiguous zone", "connected waters"]),
    st.sampled_from(["As of today 8 o'clock, in", "In", "Within"]),
)
def test_a_zone_before_the_count_is_the_counts(count: int, zone: str, opening: str) -> None:
    text = (
        f"{opening} the {zone} around the Senkaku Islands, China Sea Police Bureau ships "
        f"{count} ships are navigating."
    )
    assert facts(text) == {(count, "official ships", "contiguous zone", "Senkaku Islands", TODAY)}


def test_a_zone_denied_before_the_count_is_not_the_counts() -> None:
    text = (
        "Outside the territorial sea, in the connected water area, 2 China Coast Guard ships "
        "were navigating around the Senkaku Islands."
    )
    assert facts(text) == {(2, "official ships", "contiguous zone", "Senkaku Islands", TODAY)}


@settings(max_examples=10)
@given(st.integers(min_value=0, max_value=6), st.sampled_from(["", " too"]))
def test_a_day_of_the_month_with_no_month_is_this_months_or_the_last(back: int, too: str) -> None:
    """Read on June 3, "the 31st" is May 31 and "the 2nd" June 2."""
    published = datetime(2024, 6, 3, 2, 0, tzinfo=UTC)
    day = date(2024, 6, 3) - timedelta(days=back)
    suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    text = (
        f"On the {day.day}{suffix}{too}, 4 China Coast Guard ships were navigating in the "
        "contiguous zone around the Senkaku Islands."
    )
    (analysis,) = analyse([TextToAnalyse("t", text, "en", published)])
    assert {(f.count, f.zone, f.day) for f in analysis.incursions} == {(4, "contiguous zone", day)}


def test_an_ordinal_before_a_noun_names_no_day() -> None:
    text = (
        "The 11th Regional Coast Guard Headquarters said 4 China Coast Guard ships were in the "
        "contiguous zone around the Senkaku Islands on the 2nd day of the patrol."
    )
    assert facts(text) == {(4, "official ships", "contiguous zone", "Senkaku Islands", TODAY)}


def test_the_ministrys_translated_daily_report() -> None:
    text = (
        "The Republic of China Ministry of National Defense explains: until today (24) 6 "
        "o'clock, detected Communist aircraft 27 sorties, Communist ships 9 ships and official "
        "ships 2 ships, continuously in the periphery of our sea and airspace activity. Among "
        "them 19 sorties crossed over the midline and entered our northern, central and "
        "southwestern airspace."
    )
    assert facts(text) == {
        (27, "aircraft", "around Taiwan", "Taiwan", TODAY),
        (9, "navy vessels", "around Taiwan", "Taiwan", TODAY),
        (2, "official ships", "around Taiwan", "Taiwan", TODAY),
        (19, "aircraft", "median line", "Taiwan", TODAY),
        (19, "aircraft", "ADIZ", "Taiwan", TODAY),
    }


def test_our_airspace_without_sectors_is_no_zone_of_the_list() -> None:
    text = "The ministry said 3 Communist aircraft entered our airspace today."
    assert facts(text) == set()


def test_a_zone_after_a_verb_is_no_fronted_zone_of_the_next_clause() -> None:
    text = (
        "China Coast Guard vessels were present in the contiguous zone around the Senkakus on "
        "352 days in 2023, a record; that figure is cumulative and includes days on which only "
        "one ship was observed."
    )
    assert facts(text) == set()
