"""The daily report as copy far from a defence desk sets it: an analyst's morning call with
rows that write the count after its craft ("Prior day (24h to 06:00 Wed 13 Sep): aircraft 18 |
vessels 6"), a café's live blog and a stamp newsletter that put the report after a note to
readers, a coast guard's summary box with fields parted by slashes, a customs release that
counts drone parts, a stamp issue that shows a cutter, a coast guard bulletin that deploys its
own cutters, a company filing that tells ships leaving a day after they entered, a weekly
summary whose lines open with an abbreviated weekday, and an earnings call held on its US day."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import Fact, facts_at


def facts(text: str, published: datetime) -> set[Fact]:
    return set(facts_at(text, published))


MORNING_CALL = """ASIA MORNING CALL — Semiconductors — 20 Mar 2026

• Strait monitor (source: Taiwan MND, 24h to 06:00 Fri 20 Mar)
  PLA aircraft: 26 | PLAN vessels: 7 | official ships: 2
  Prior day (24h to 06:00 Thu 19 Mar): aircraft 11 | vessels 4
  YTD aircraft (our tally of MND daily releases): 1,104
"""


def test_a_prior_days_row_writes_its_counts_after_their_craft_and_its_window_in_brackets() -> None:
    friday, thursday = "2026-03-20", "2026-03-19"
    assert facts(MORNING_CALL, datetime(2026, 3, 20, 0, 30, tzinfo=UTC)) == {
        (26, "aircraft", "around Taiwan", "Taiwan", friday),
        (7, "navy vessels", "around Taiwan", "Taiwan", friday),
        (2, "official ships", "around Taiwan", "Taiwan", friday),
        (11, "aircraft", "around Taiwan", "Taiwan", thursday),
        (4, "navy vessels", "around Taiwan", "Taiwan", thursday),
    }


@settings(max_examples=8, deadline=None)
@given(
    st.integers(min_value=2, max_value=60),
    st.integers(min_value=1, max_value=20),
    st.sampled_from([" | ", "; "]),
)
def test_a_count_after_its_craft_reads_as_the_count_before_it(
    aircraft: int, ships: int, separator: str
) -> None:
    # The desk's "aircraft 18 | vessels 6" is its "18 aircraft, 6 vessels", whatever the counts.
    published = datetime(2026, 3, 20, 1, 0, tzinfo=UTC)
    after = (
        f"Taiwan MND, 24h to 06:00 Fri 20 Mar: PLA aircraft {aircraft}{separator}vessels {ships}"
    )
    before = f"Taiwan MND, 24h to 06:00 Fri 20 Mar: {aircraft} PLA aircraft, {ships} vessels"
    assert facts(after, published) == facts(before, published) != set()


def test_a_note_to_readers_before_the_report_leaves_its_week_out() -> None:
    text = (
        "LIVE: a bakery opens its Taipei branch\n\n"
        "08:40 — The queue is around the block.\n\n"
        "09:05 — A note for readers travelling this week: Taiwan's Ministry of National "
        "Defense reports 21 PLA aircraft and six PLAN ships around Taiwan in the 24 hours to "
        "6 a.m. today; 9 of the aircraft crossed the median line and entered the ADIZ.\n"
    )
    day = "2026-03-20"
    assert facts(text, datetime(2026, 3, 20, 1, 30, tzinfo=UTC)) == {
        (21, "aircraft", "around Taiwan", "Taiwan", day),
        (6, "navy vessels", "around Taiwan", "Taiwan", day),
        (9, "aircraft", "median line", "Taiwan", day),
        (9, "aircraft", "ADIZ", "Taiwan", day),
    }


def test_a_summary_boxs_field_denying_a_zone_gives_the_ships_no_such_zone() -> None:
    text = (
        "NAHA — The 11th Regional Coast Guard Headquarters said Thursday that three China "
        "Coast Guard ships were in the contiguous zone around the Senkaku Islands.\n\n"
        "[Summary]\nDate: Mar. 19 (Thu) / Area: contiguous zone, Senkaku Is. /\n"
        "CCG vessels: 3 / Entry into territorial waters: none\n"
    )
    assert facts(text, datetime(2026, 3, 19, 3, 0, tzinfo=UTC)) == {
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2026-03-19"),
    }


def test_parts_of_craft_a_stamp_and_a_coast_guards_own_cutters_count_no_craft() -> None:
    text = (
        "Customs said Tuesday it had seized a shipment holding 900 drone flight controllers "
        "bound for Xiamen. The new stamps show a Tuo Chiang-class corvette and a Coast Guard "
        "Administration Anping-class cutter. The CGA has deployed 12 cutters to escort fishing "
        "boats home. The PLA sent 15 aircraft around Taiwan in the 24 hours to 6 a.m. Tuesday."
    )
    assert facts(text, datetime(2026, 3, 17, 6, 0, tzinfo=UTC)) == {
        (15, "aircraft", "around Taiwan", "Taiwan", "2026-03-17"),
    }


def test_ships_told_leaving_after_their_entry_give_the_entry_day_only() -> None:
    # Rule 9: one fact, on the day they entered.
    text = (
        "According to the Japan Coast Guard, two China Coast Guard vessels intruded into "
        "Japanese territorial waters off the Senkaku Islands on Monday, March 16. The two "
        "vessels left the territorial waters on Tuesday afternoon."
    )
    assert facts(text, datetime(2026, 3, 18, 6, 0, tzinfo=UTC)) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2026-03-16"),
    }


def test_a_weekly_summarys_line_opening_with_an_abbreviated_weekday_takes_its_date() -> None:
    text = (
        "Kinmen-Matsu-Penghu Branch, CGA\nWeekly Enforcement Summary (Mar. 16–22, 2026)\n\n"
        "A. CCG activity in restricted waters\n"
        "- Mon. 3/16: 4 CCG ships, Kinmen restricted waters, 09:02–11:15\n"
        "- Wed. 3/18: 2 CCG ships, Kinmen restricted waters, off Beishan, 14:20–15:40\n"
    )
    assert facts(text, datetime(2026, 3, 23, 2, 0, tzinfo=UTC)) == {
        (4, "official ships", "restricted waters", "Kinmen", "2026-03-16"),
        (2, "official ships", "restricted waters", "Kinmen", "2026-03-18"),
    }


def test_an_earnings_calls_this_morning_is_of_its_us_day() -> None:
    text = (
        "Q4 Earnings Call — Q&A (excerpt)\n\nOperator: Our next question comes from Citi.\n\n"
        "Chief Executive Officer: This morning's report, Taiwan time, showed 16 PLA aircraft "
        "and five ships around Taiwan.\n\nOperator: Thank you."
    )
    day = "2026-03-19"
    assert facts(text, datetime(2026, 3, 19, 21, 10, tzinfo=UTC)) == {
        (16, "aircraft", "around Taiwan", "Taiwan", day),
        (5, "navy vessels", "around Taiwan", "Taiwan", day),
    }
