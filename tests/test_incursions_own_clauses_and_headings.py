"""A list's last item with a relative clause of its own ("eight aircraft, six navy vessels and
one balloon, which crossed the median line": only the balloon crossed, and all three are the
day's totals), and a column's section heading whose count is no report's ("Two carriers, one
ocean" over a story of China's carriers, before a section with the day's 10 ships)."""

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

Fact = tuple[int, str, str, date]


def facts(text: str, published: datetime) -> set[Fact]:
    """Count, craft, zone and day of each fact read: the place goes without saying here."""
    return {
        (c, what, zone, date.fromisoformat(d)) for c, what, zone, _, d in facts_at(text, published)
    }


REPORT_DAY = datetime(2024, 1, 15, 7, 30, tzinfo=UTC)


@settings(max_examples=8, deadline=None)
@given(
    st.integers(min_value=2, max_value=40),
    st.integers(min_value=2, max_value=15),
    st.sampled_from([("balloon", "balloons"), ("drone", "drones")]),
    st.sampled_from(["crossed the median line", "entered the ADIZ"]),
)
def test_a_single_last_items_clause_is_its_own(
    aircraft: int, ships: int, item: tuple[str, str], act: str
) -> None:
    noun, what = item
    zone = "median line" if "median" in act else "ADIZ"
    text = (
        "The Ministry of National Defense (MND) said that in the 24 hours to 6 a.m. Monday it "
        f"had detected {aircraft} Chinese military aircraft, {ships} navy vessels and one "
        f"{noun}, which {act} about 100 nautical miles west of Keelung before disappearing."
    )
    found = facts(text, REPORT_DAY)
    day = date(2024, 1, 15)
    assert {
        (aircraft, "aircraft", "around Taiwan", day),
        (ships, "navy vessels", "around Taiwan", day),
        (1, what, "around Taiwan", day),
        (1, what, zone, day),
    } <= found
    assert (aircraft, "aircraft", zone, day) not in found
    assert (ships, "navy vessels", zone, day) not in found


def test_a_section_headings_count_gives_way_to_the_reports() -> None:
    column = (
        "The Neighbourhood: a weekly column\n\n"
        "Two carriers, one ocean\n"
        "For the first time, both of China's aircraft carriers, the Liaoning and the Shandong, "
        "were spotted in the Pacific at the same time, Japan's Defense Ministry said.\n\n"
        "Meanwhile, in Taiwan\n"
        "Taiwan's Ministry of National Defense reported 19 Chinese military aircraft and 10 "
        "ships around the island on Thursday, with 13 of the aircraft entering its air defence "
        "identification zone."
    )
    found = facts(column, datetime(2025, 6, 13, 3, tzinfo=UTC))
    day = date(2025, 6, 12)
    assert (10, "navy vessels", "around Taiwan", day) in found
    assert (2, "navy vessels", "around Taiwan", day) not in found


def test_a_heading_that_writes_its_day_is_that_days_line() -> None:
    # a box's "Previous day (Friday): ..." is a day's line, not a heading over the report
    box = (
        "PLA ACTIVITY AROUND TAIWAN\n24 hours to 6 a.m. Saturday\n\nAircraft: 21\n"
        "Navy vessels: 7\n\nPrevious day (Friday): 30 aircraft, 6 vessels\n\n"
        "Source: Taiwan Ministry of National Defense."
    )
    found = facts(box, datetime(2025, 11, 22, 3, tzinfo=UTC))
    assert (30, "aircraft", "around Taiwan", date(2025, 11, 21)) in found
    assert (21, "aircraft", "around Taiwan", date(2025, 11, 22)) in found


def test_numbered_notes_under_a_table_are_read_one_by_one() -> None:
    """Note 2 defines a column by the zones it counts; note 3's ships were in none of them."""
    annex = (
        "Annex B: MND daily figures\n\n"
        "Date | PLA aircraft | Crossed ML / entered ADIZ | PLAN vessels | Official ships\n"
        "Wed 17 Jun | 31 | 22 | 11 | 4\n\n"
        'Notes: (1) Each row covers the 24 hours to 06:00 on the date shown. (2) "Crossed ML / '
        "entered ADIZ\" is the MND's combined phrasing: aircraft that crossed the median line "
        "and entered the northern, central, southwestern or eastern ADIZ. (3) The four official "
        "ships on 17 June were China Coast Guard cutters east of Penghu."
    )
    found = facts(annex, datetime(2026, 6, 17, 10, tzinfo=UTC))
    day = date(2026, 6, 17)
    assert (4, "official ships", "around Taiwan", day) in found
    assert not {
        fact for fact in found if fact[1] == "official ships" and fact[2] != "around Taiwan"
    }


@settings(max_examples=6, deadline=None)
@given(st.integers(min_value=2, max_value=9), st.sampled_from(["done the same", "done so"]))
def test_a_bare_count_that_did_the_same_is_of_the_craft_before(ships: int, same: str) -> None:
    """ "On Monday, two had done the same": the craft and waters of the count before."""
    feature = (
        "On Wednesday, the Coast Guard Administration said, four China Coast Guard ships sailed "
        "into Kinmen's restricted waters near Liaoluo Bay and stayed for about two hours. "
        f"On Monday, {ships} had {same} off Beiding."
    )
    found = facts(feature, datetime(2025, 2, 14, 3, tzinfo=UTC))
    assert (ships, "official ships", "restricted waters", date(2025, 2, 10)) in found
