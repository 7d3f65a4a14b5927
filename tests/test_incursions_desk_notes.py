"""A desk's own notes of the daily report: a Markdown table of days whose column heads name the
craft and the zones ("Crossed ML / entered ADIZ"), note lines in shorthand ("MND (Wed): 8 PLA
aircraft, 5 PLAN, 2 official ships", "6 acft, none across ML"), items run on between bars
under one bullet, and Markdown emphasis around a count or a label ("**four** CCG ships")."""

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.nlp.analyze import TextToAnalyse, analyse

FRIDAY = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
WEDNESDAY = datetime(2026, 2, 4, 8, 0, tzinfo=UTC)


def facts(text: str, published: datetime) -> set[tuple[int, str, str, str, date]]:
    (analysis,) = analyse([TextToAnalyse("note", text, "en", published)])
    return {(f.count, f.what, f.zone, f.place, f.day) for f in analysis.incursions}


TRACKER = """PLA activity tracker — wk 12

Source: MND daily releases (6am–6am).

| Date | Aircraft | Crossed ML / entered ADIZ | PLAN ships | Official ships | Notes |
|---|---|---|---|---|---|
| Thu 3/19 | 4 | – | 5 | 1 | cold front? |
| Fri 3/20 | 19 | 13 | 8 | – | Shandong group still E of Lanyu? |

Wk total (our sum, not official): 75 acft / 35 PLAN ships.
"""


def test_a_trackers_table_reads_every_row_and_column_and_leaves_the_weeks_sum() -> None:
    # A note ending in "?" inside a row is no end of the row; "ML" is the median line; "–" is
    # no figure; the week's sum under the table is no day's count (rule 5).
    thursday, friday = date(2026, 3, 19), date(2026, 3, 20)
    assert facts(TRACKER, FRIDAY) == {
        (4, "aircraft", "around Taiwan", "Taiwan", thursday),
        (5, "navy vessels", "around Taiwan", "Taiwan", thursday),
        (1, "official ships", "around Taiwan", "Taiwan", thursday),
        (19, "aircraft", "around Taiwan", "Taiwan", friday),
        (13, "aircraft", "median line", "Taiwan", friday),
        (13, "aircraft", "ADIZ", "Taiwan", friday),
        (8, "navy vessels", "around Taiwan", "Taiwan", friday),
    }


def test_a_desk_table_with_its_source_first_reads_the_item_and_its_figure() -> None:
    text = (
        "Daily — 4 Feb 2026 (Wed)\n\n| Source | Item | Figure |\n|---|---|---|\n"
        "| MND | PLA aircraft | 33 |\n| MND | entered N/SW/E ADIZ | 21 |\n"
        "| MND | PLAN ships | 12 |\n"
        "| MND | official ships | 2 |\n"
    )
    day = date(2026, 2, 4)
    assert facts(text, WEDNESDAY) == {
        (33, "aircraft", "around Taiwan", "Taiwan", day),
        (21, "aircraft", "ADIZ", "Taiwan", day),
        (12, "navy vessels", "around Taiwan", "Taiwan", day),
        (2, "official ships", "around Taiwan", "Taiwan", day),
    }


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(["Wed", "(Wed)", "Wed 6am"]),
    st.sampled_from(["aircraft", "acft", "PLA aircraft"]),
    st.sampled_from([", ", "; "]),
    st.integers(2, 40),
)
def test_a_note_line_of_the_report_in_shorthand_counts_each_craft(
    day: str, aircraft: str, separator: str, count: int
) -> None:
    text = f"notes 2/4\n\nMND {day}: {count} {aircraft}{separator}8 PLAN ships{separator}1 official ship."
    wednesday = date(2026, 2, 4)
    assert facts(text, WEDNESDAY) == {
        (count, "aircraft", "around Taiwan", "Taiwan", wednesday),
        (8, "navy vessels", "around Taiwan", "Taiwan", wednesday),
        (1, "official ships", "around Taiwan", "Taiwan", wednesday),
    }


def test_a_thread_line_with_nothing_across_the_line_and_clipped_nouns() -> None:
    text = "PLA numbers Wed\n\n> MND: 6 acft, none across ML, 7 PLAN, 2 official\n"
    wednesday = date(2026, 2, 4)
    assert facts(text, WEDNESDAY) == {
        (6, "aircraft", "around Taiwan", "Taiwan", wednesday),
        (7, "navy vessels", "around Taiwan", "Taiwan", wednesday),
        (2, "official ships", "around Taiwan", "Taiwan", wednesday),
    }


def test_one_official_quoted_is_a_person_not_a_ship() -> None:
    text = "MND: 6 PLA aircraft and 7 PLAN ships around Taiwan, one official said."
    assert (1, "official ships") not in {fact[:2] for fact in facts(text, WEDNESDAY)}


def test_items_between_bars_under_one_bullet_are_each_a_line_of_the_list() -> None:
    text = (
        "#cross-strait-watch — MND 6am drop (Wed 2/4)\n"
        "• PLA acft: 17 sorties, 11 crossed ML → N + C + SW ADIZ\n"
        "• PLAN ships: 6 | official ships: 1\n"
    )
    day = date(2026, 2, 4)
    assert facts(text, WEDNESDAY) == {
        (17, "aircraft", "around Taiwan", "Taiwan", day),
        (11, "aircraft", "median line", "Taiwan", day),
        (11, "aircraft", "ADIZ", "Taiwan", day),
        (6, "navy vessels", "around Taiwan", "Taiwan", day),
        (1, "official ships", "around Taiwan", "Taiwan", day),
    }


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["four", "4"]), st.booleans(), st.booleans())
def test_emphasis_around_a_count_or_a_name_changes_no_fact(
    count: str, bold_count: bool, bold_place: bool
) -> None:
    shown = f"**{count}**" if bold_count else count
    place = "**Senkaku Islands**" if bold_place else "Senkaku Islands"
    text = (
        "Senkaku watch\n\n"
        f"- As of Saturday noon, {shown} CCG ships were sailing in the contiguous zone "
        f"around the {place}.\n"
    )
    saturday = datetime(2025, 10, 11, 7, 20, tzinfo=UTC)
    assert facts(text, saturday) == {
        (4, "official ships", "contiguous zone", "Senkaku Islands", date(2025, 10, 11))
    }


def test_a_months_count_across_the_month_crosses_no_line() -> None:
    # "across the month" spans time: the month's total and its share that crossed are no
    # day's facts, and the day the roll-up closes on keeps its own.
    text = (
        "Our monthly roll-up of the MND daily reports, February 2025 edition.\n\n"
        "Aircraft detected around Taiwan: 424 across the month, by our sum of the daily "
        "releases. Of those, 276 crossed the median line and/or entered the ADIZ.\n\n"
        "The month closed with 19 aircraft and seven vessels on Friday, Feb. 28, and 12 of "
        "those aircraft crossed the median line into the central and southwestern ADIZ."
    )
    found = facts(text, datetime(2025, 3, 1, 4, 0, tzinfo=UTC))
    assert {fact[0] for fact in found} >= {12}
    assert not {276, 424} & {fact[0] for fact in found}


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["to 6 a.m.", "6am", "to 06:00", "as of 6 a.m."]),
    st.integers(min_value=2, max_value=40),
)
def test_a_days_label_with_the_reports_clock_in_brackets_dates_its_line(
    clock: str, count: int
) -> None:
    # A trade-show newsletter's week in shorthand: the clock in brackets between the day and
    # the colon is the release's, and the line is Friday's (blind83-b-042).
    text = (
        "The week after the drills, as Taiwan's MND reported PLA activity:\n"
        "- Thu: 19 aircraft, 9 warships.\n"
        f"- Fri ({clock}): {count} aircraft, 7 warships."
    )
    assert facts(text, FRIDAY) == {
        (19, "aircraft", "around Taiwan", "Taiwan", date(2026, 3, 19)),
        (9, "navy vessels", "around Taiwan", "Taiwan", date(2026, 3, 19)),
        (count, "aircraft", "around Taiwan", "Taiwan", date(2026, 3, 20)),
        (7, "navy vessels", "around Taiwan", "Taiwan", date(2026, 3, 20)),
    }
