"""Incursion facts in the informal writing of posts and threads: report words in lower case
("14 pla aircraft, 8 plan ships ... into the adiz") or a radio script's capitals ("SIX NAVY
SHIPS"), a misspelt craft word ("offical ships"),
and the verbless list after a source and the hour of its report ("Taiwan MND, 6am: ..."). A
reader of the thread charts the same facts as from the ministry's own wording."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, facts_at

from monitor.nlp.incursion_casing import with_report_words_cased

PUBLISHED = datetime(2026, 2, 11, 4, 15, tzinfo=UTC)  # a Wednesday
TODAY = "2026-02-11"


def facts(text: str) -> list[Fact]:
    return facts_at(text, PUBLISHED)


def test_a_tally_in_lower_case_with_a_misspelling_gives_the_reports_facts() -> None:
    text = (
        "mnd numbers for today r out. 14 pla aircraft, 8 plan ships, 3 offical ships around "
        "taiwan. 9 aircraft crossed median line into the central & northern adiz."
    )
    assert facts(text) == sorted([
        (14, "aircraft", "around Taiwan", "Taiwan", TODAY),
        (8, "navy vessels", "around Taiwan", "Taiwan", TODAY),
        (3, "official ships", "around Taiwan", "Taiwan", TODAY),
        (9, "aircraft", "median line", "Taiwan", TODAY),
        (9, "aircraft", "ADIZ", "Taiwan", TODAY),
    ])  # fmt: skip


def test_plan_is_the_navy_only_before_its_ships_or_after_a_count() -> None:
    assert with_report_words_cased("8 plan ships, 2 plan vessels") == (
        "8 PLAN ships, 2 PLAN vessels"
    )
    assert with_report_words_cased("aircraft: 11, ships: 9 plan.") == "aircraft: 11, ships: 9 PLAN."
    for sentence in ("the pla has a plan to send ships", "we plan 3 visits", "2 plan to go"):
        assert "plan" in with_report_words_cased(sentence)


def test_a_plan_in_lower_case_is_no_count_of_ships() -> None:
    text = (
        "the mnd says 12 pla aircraft entered the adiz today. beijing has a plan for more "
        "drills, and 3 ships may follow."
    )
    assert facts(text) == [(12, "aircraft", "ADIZ", "Taiwan", TODAY)]


def test_a_list_after_the_ministry_and_its_hour_is_what_it_tracked() -> None:
    text = "Taiwan MND, 6am: twenty-two PLA aircraft, eleven PLAN vessels."
    assert facts(text) == sorted([
        (22, "aircraft", "around Taiwan", "Taiwan", TODAY),
        (11, "navy vessels", "around Taiwan", "Taiwan", TODAY),
    ])  # fmt: skip


def test_the_craft_a_report_had_are_what_it_tracked() -> None:
    text = "MND's morning report had 6 PLA aircraft and 5 ships, nothing launched."
    assert facts(text) == sorted([
        (6, "aircraft", "around Taiwan", "Taiwan", TODAY),
        (5, "navy vessels", "around Taiwan", "Taiwan", TODAY),
    ])  # fmt: skip


@given(
    st.text(
        alphabet="plan PLAN mnd adiz taiwan china 0123456789 ships,.:-' NAVY SIX TUES FEB",
        max_size=80,
    )
)
def test_restoring_case_changes_no_letter_and_no_offset(text: str) -> None:
    cased = with_report_words_cased(text)
    assert len(cased) == len(text)
    assert cased.lower() == text.lower()


@given(
    st.integers(min_value=2, max_value=60),
    st.integers(min_value=2, max_value=15),
    st.integers(min_value=1, max_value=60),
    st.sampled_from(["median line", "ADIZ"]),
)
def test_a_report_in_lower_case_gives_the_facts_of_the_report(
    aircraft: int, ships: int, crossed: int, zone: str
) -> None:
    crossed = min(crossed, aircraft)
    report = (
        f"Taiwan's MND detected {aircraft} PLA aircraft and {ships} PLAN ships around Taiwan "
        f"in the 24 hours to 6 a.m. today. {crossed} of the aircraft entered the {zone}."
    )
    assert facts(report.lower()) == facts(report)


def test_a_radio_script_in_capitals_counts_every_craft_it_names() -> None:
    script = (
        "ANCHOR: IN TAIWAN, THE DEFENSE MINISTRY SAYS IT SPOTTED 18 CHINESE MILITARY AIRCRAFT "
        "AND SIX NAVY SHIPS AROUND THE ISLAND OVER THE PAST DAY. ELEVEN OF THE AIRCRAFT FLEW "
        "INTO TAIWAN'S AIR DEFENSE ZONE."
    )
    assert facts(script) == sorted([
        (18, "aircraft", "around Taiwan", "Taiwan", TODAY),
        (6, "navy vessels", "around Taiwan", "Taiwan", TODAY),
        (11, "aircraft", "ADIZ", "Taiwan", TODAY),
    ])  # fmt: skip


@given(
    st.integers(min_value=2, max_value=60),
    st.integers(min_value=2, max_value=15),
    st.integers(min_value=1, max_value=60),
    st.sampled_from(["median line", "ADIZ"]),
    st.sampled_from(["today", "on Monday", "on Tuesday"]),
)
def test_a_report_in_capitals_gives_the_facts_of_the_report(
    aircraft: int, ships: int, crossed: int, zone: str, day: str
) -> None:
    # A script in capitals reads as its written copy: the capitals of every word tell nothing.
    crossed = min(crossed, aircraft)
    report = (
        f"Taiwan's defense ministry detected {aircraft} Chinese military aircraft and {ships} "
        f"navy ships around Taiwan {day}. {crossed} of the aircraft entered the {zone}."
    )
    assert facts(report.upper()) == facts(report)


@given(
    st.integers(min_value=2, max_value=60),
    st.integers(min_value=2, max_value=15),
    st.integers(min_value=1, max_value=60),
    st.sampled_from(["median line", "ADIZ"]),
)
def test_a_flash_in_capitals_in_a_digest_in_lower_case_gives_the_facts_of_the_report(
    aircraft: int, ships: int, crossed: int, zone: str
) -> None:
    # A wire digest lists its flashes in capitals under a headline and over a credit in lower
    # case: each flash's line is read as written copy, whatever case the rest of the text has.
    crossed = min(crossed, aircraft)
    report = (
        f"Taiwan says {aircraft} Chinese military aircraft, {ships} navy ships detected around "
        f"island in 24 hrs to 6 a.m.; {crossed} of the aircraft entered the {zone}"
    )
    digest = (
        "TOP NEWS-Asia security and markets flashes\n\n"
        f"0135 GMT *{report.upper()}\n"
        "0410 GMT *YEN AT 151.20 PER DOLLAR; TAIEX UP 0.5%\n\n"
        "Compiled from flashes issued today.\n"
    )
    assert facts(digest) == facts(f"{report}.")
