"""News agendas and daybooks, and scholarly papers that cite the defence ministry's figures:
the shapes of blind-57. A daybook's line opened by the clock time of what it announces is of
the daybook's day, whatever day the line before or a later recall writes; a clause about a
release still to come, or a day only supposed ("If they stay past Thursday"), dates no count;
a fiscal year's total is no day's; a doubled word, a footnote's mark, a lone type after "one"
and a long list of types between dashes hide no count; a date with its year and no comma is of
that year. Written for these tests; the real spaCy model and pipeline."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

MONDAY_AFTERNOON = datetime(2026, 3, 16, 7, 30, tzinfo=UTC)  # Monday 16 March, 15:30 in Taipei
MONDAY = "2026-03-16"
SUNDAY = "2026-03-15"


def test_a_daybook_line_stamped_with_its_time_is_of_the_daybooks_day() -> None:
    # The line before names Sunday, and a later recall counts Sunday's figures: neither moves
    # the stamped lines off Monday.
    text = (
        "ADVISORY: PLA drills around Taiwan, day two\n\n"
        "1520 -- MND: the PLA fired six ballistic missiles into waters east of Taiwan.\n"
        "1300 -- Eastern Theater Command: the drills that began on Sunday go on.\n"
        "0910 -- MND morning sheet (24 hours to 6 a.m.): 41 aircraft, 17 navy vessels and "
        "5 official ships around Taiwan.\n\n"
        "Earlier: Sunday's sheet had 19 aircraft and 9 navy vessels."
    )
    assert facts_at(text, MONDAY_AFTERNOON) == [
        (5, "official ships", "around Taiwan", "Taiwan", MONDAY),
        (6, "missiles", "around Taiwan", "Taiwan", MONDAY),
        (9, "navy vessels", "around Taiwan", "Taiwan", SUNDAY),
        (17, "navy vessels", "around Taiwan", "Taiwan", MONDAY),
        (19, "aircraft", "around Taiwan", "Taiwan", SUNDAY),
        (41, "aircraft", "around Taiwan", "Taiwan", MONDAY),
    ]


def test_a_sheet_named_by_its_time_is_not_of_another_zones_weekday() -> None:
    text = (
        "DAYBOOK: reactions to the arms sale\n\n"
        "TAIPEI -- Monday, March 16 (GMT+8).\n\n"
        "Overnight (Sunday in the US), the State Department approved a sale of radar parts.\n\n"
        "-- 1000 Presidential Office statement (expected).\n"
        "-- MND's 0900 sheet: 11 PLA aircraft and 7 ships around Taiwan; none crossed."
    )
    assert facts_at(text, MONDAY_AFTERNOON) == [
        (7, "navy vessels", "around Taiwan", "Taiwan", MONDAY),
        (11, "aircraft", "around Taiwan", "Taiwan", MONDAY),
    ]


def test_a_daybook_line_stamped_with_a_colon_reads_the_sheets_counts() -> None:
    text = (
        "ADVISORY: PLA activity around Taiwan\n\n"
        "0905: MND morning sheet (24 hours to 6 a.m.): 23 aircraft, 8 navy ships, 2 official "
        "ships. The ministry says it is monitoring."
    )
    assert facts_at(text, MONDAY_AFTERNOON) == [
        (2, "official ships", "around Taiwan", "Taiwan", MONDAY),
        (8, "navy vessels", "around Taiwan", "Taiwan", MONDAY),
        (23, "aircraft", "around Taiwan", "Taiwan", MONDAY),
    ]


def test_a_year_is_no_daybook_clock() -> None:
    # "2022 --" heads a timeline's line: no stamp of today's, so its count keeps no day of ours.
    text = (
        "Background: PLA missile salvos around Taiwan\n\n"
        "2022 -- the PLA fired 11 ballistic missiles into waters around Taiwan in August 2022."
    )
    assert facts_at(text, MONDAY_AFTERNOON) == []


def test_a_release_still_due_gives_its_day_to_no_count() -> None:
    text = (
        "0800 -- Chief Cabinet Secretary news conference.\n"
        "The Taipei desk says Sunday's MND release counted six PLA aircraft in the "
        "southwestern ADIZ; Monday's is due around 1700 JST."
    )
    assert facts_at(text, MONDAY_AFTERNOON) == [(6, "aircraft", "ADIZ", "Taiwan", SUNDAY)]


def test_a_day_only_supposed_dates_no_later_count() -> None:
    text = (
        "TOKYO DESK NOTE -- Two China Coast Guard ships that entered Japan's territorial waters "
        "near the Senkaku Islands on Saturday had not left as of noon Monday, the Japan Coast "
        "Guard said.\n\n"
        "If they stay past 0500 Wednesday the intrusion becomes the longest on record.\n\n"
        "Separately, three more CCG ships remain in the contiguous zone."
    )
    assert facts_at(text, MONDAY_AFTERNOON) == [
        (2, "official ships", "territorial waters", "Senkaku Islands", MONDAY),
        (3, "official ships", "contiguous zone", "Senkaku Islands", MONDAY),
    ]


def test_a_fiscal_years_total_is_no_days_count() -> None:
    text = (
        "-- Japan's scrambles against Chinese aircraft in FY2025 numbered 464 (box only).\n\n"
        "Taiwan's MND said on Monday that 12 Chinese aircraft were detected around Taiwan."
    )
    assert facts_at(text, MONDAY_AFTERNOON) == [(12, "aircraft", "around Taiwan", "Taiwan", MONDAY)]


def test_a_long_list_of_types_between_dashes_is_the_totals_breakdown() -> None:
    text = (
        "Taiwan's Ministry of National Defense said that 13 Chinese military aircraft -- six "
        "J-16 fighters, three J-10s, two H-6K bombers, one Y-8 anti-submarine plane and one "
        "KJ-500 early-warning aircraft -- entered the southwestern corner of its air defence "
        "identification zone on Monday."
    )
    assert facts_at(text, MONDAY_AFTERNOON) == [(13, "aircraft", "ADIZ", "Taiwan", MONDAY)]


def test_a_lone_type_after_one_ends_a_list_that_adds_up() -> None:
    text = (
        "According to the MND, on Sunday seven J-16s, two J-10s, one Y-8 anti-submarine "
        "aircraft and one KJ-500 entered the southwestern ADIZ."
    )
    assert facts_at(text, MONDAY_AFTERNOON) == [(11, "aircraft", "ADIZ", "Taiwan", SUNDAY)]


def test_a_date_with_its_year_and_no_comma_is_of_that_year() -> None:
    # Two years before the story: background, no fact (rule 8).
    text = "On 14 March 2024 the PLA fired nine ballistic missiles into waters around Taiwan."
    assert facts_at(text, MONDAY_AFTERNOON) == []


def test_a_clause_opened_by_a_window_is_of_the_day_it_ends() -> None:
    text = (
        "On Friday 13 March the ministry reported 16 PLA aircraft around Taiwan; on 14 March "
        "it reported 30 aircraft, of which 21 crossed the median line; and in the twenty-four "
        "hours to 6 a.m. on 16 March it counted 24 aircraft, five PLAN ships and one official "
        "ship.³"
    )
    assert facts_at(text, MONDAY_AFTERNOON) == [
        (1, "official ships", "around Taiwan", "Taiwan", MONDAY),
        (5, "navy vessels", "around Taiwan", "Taiwan", MONDAY),
        (16, "aircraft", "around Taiwan", "Taiwan", "2026-03-13"),
        (21, "aircraft", "median line", "Taiwan", "2026-03-14"),
        (24, "aircraft", "around Taiwan", "Taiwan", MONDAY),
        (30, "aircraft", "around Taiwan", "Taiwan", "2026-03-14"),
    ]


@settings(max_examples=20, deadline=None)
@given(
    st.integers(2, 60),
    st.integers(1, 30),
    st.sampled_from(["the the aircraft", "the aircraft"]),
    st.sampled_from(["", "²", "¹⁴"]),
)
def test_a_doubled_article_or_a_footnote_mark_changes_no_count(
    total: int, share: int, aircraft: str, mark: str
) -> None:
    share = min(share, total)
    text = (
        f"MND sheet for the 24 hours to 6 a.m. Monday: {total} aircraft around Taiwan; "
        f"{share} of {aircraft} crossed the median line.{mark}"
    )
    assert facts_at(text, MONDAY_AFTERNOON) == sorted(
        [
            (total, "aircraft", "around Taiwan", "Taiwan", MONDAY),
            (share, "aircraft", "median line", "Taiwan", MONDAY),
        ]
    )
