"""Telecom and trade newsletters that carry the defence ministry's figures beside their own news:
a weekend operations summary whose days are rows of barred cells, a digest whose bulletin lines
carry a note after a dash, a hotline log stamped with day/month dates and clock times, a text
alert's clipped words, and a day such copy writes for another thing (a repair ship expected on
Friday)."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

MONDAY = datetime(2025, 10, 27, 1, 0, tzinfo=UTC)

WEEKEND = """NOC WEEKEND SUMMARY — Sat 25 Oct to Mon 27 Oct 2025
Far EasTone | Network Operations

NETWORK
- Matsu microwave link: fade Sun 03:10-03:40, no customer impact.

STRAIT ACTIVITY (MND morning reports, 24h to 06:00 each day)
Sat 25 Oct | aircraft 21 | navy vessels 7 | official ships 2 | median line/ADIZ 13
Sun 26 Oct | aircraft 12 | navy vessels 6 | balloons 1
Mon 27 Oct | aircraft 8 | navy vessels 5
"""


def test_a_logs_barred_day_rows_are_each_days_counts() -> None:
    # The day is the row's first cell, barred from the craft; "median line/ADIZ 13" is the
    # aircraft that crossed and entered, one fact per zone (rule 2).
    assert facts_at(WEEKEND, MONDAY) == sorted(
        [
            (21, "aircraft", "around Taiwan", "Taiwan", "2025-10-25"),
            (7, "navy vessels", "around Taiwan", "Taiwan", "2025-10-25"),
            (2, "official ships", "around Taiwan", "Taiwan", "2025-10-25"),
            (13, "aircraft", "median line", "Taiwan", "2025-10-25"),
            (13, "aircraft", "ADIZ", "Taiwan", "2025-10-25"),
            (12, "aircraft", "around Taiwan", "Taiwan", "2025-10-26"),
            (6, "navy vessels", "around Taiwan", "Taiwan", "2025-10-26"),
            (1, "balloons", "around Taiwan", "Taiwan", "2025-10-26"),
            (8, "aircraft", "around Taiwan", "Taiwan", "2025-10-27"),
            (5, "navy vessels", "around Taiwan", "Taiwan", "2025-10-27"),
        ]
    )


WEDNESDAY = datetime(2025, 3, 5, 2, 0, tzinfo=UTC)

DIGEST = """CABLE DIGEST | Daily Ops Brief | Wed 5 Mar 2025

TAIWAN–MATSU NO. 2
• Chunghwa Telecom now expects its repair vessel on station Friday, citing swell.

STRAIT WATCH (MND, 6 a.m. local)
• PLA aircraft operating around Taiwan: 17
• PLAN vessels: 6
• Aircraft crossing the median line and entering the northern and central ADIZ: 9
• balloons: 2 — one drifted across the Strait north of Matsu, per the ministry
"""


def test_a_digests_lines_are_of_its_day_not_of_a_repair_ship_expected() -> None:
    # "expects ... Friday" is a day still to come; the act after the craft is the line's zones;
    # the note after the balloons' dash says where one went, not where the two were counted.
    assert facts_at(DIGEST, WEDNESDAY) == sorted(
        [
            (17, "aircraft", "around Taiwan", "Taiwan", "2025-03-05"),
            (6, "navy vessels", "around Taiwan", "Taiwan", "2025-03-05"),
            (9, "aircraft", "median line", "Taiwan", "2025-03-05"),
            (9, "aircraft", "ADIZ", "Taiwan", "2025-03-05"),
            (2, "balloons", "around Taiwan", "Taiwan", "2025-03-05"),
        ]
    )


def test_a_lines_note_that_all_of_them_entered_is_that_zones_too() -> None:
    text = (
        "Quick numbers (MND, to 6am today):\n• PLA aircraft around Taiwan: 15\n"
        "• crossed median line: 7 (all into the ADIZ)\n"
    )
    assert facts_at(text, WEDNESDAY) == sorted(
        [
            (15, "aircraft", "around Taiwan", "Taiwan", "2025-03-05"),
            (7, "aircraft", "median line", "Taiwan", "2025-03-05"),
            (7, "aircraft", "ADIZ", "Taiwan", "2025-03-05"),
        ]
    )


def test_a_hotline_logs_stamped_entries_and_a_text_alerts_shorthand() -> None:
    log = (
        "HOTLINE LOG\n\n04/03 09:10  MND morning report: 8 PLA aircraft entered the ADIZ.\n"
        "04/03 15:00  Caller asks about pay during drills.\n"
        "05/03 09:15  MND report: 11 PLA aircraft entered the ADIZ (north and east).\n"
    )
    assert facts_at(log, WEDNESDAY) == [
        (8, "aircraft", "ADIZ", "Taiwan", "2025-03-04"),
        (11, "aircraft", "ADIZ", "Taiwan", "2025-03-05"),
    ]
    alert = "PORT UNION — SMS ALERT\nMND 0600 rpt: 31 PLA acft + 9 PLAN ships around TW."
    assert facts_at(alert, WEDNESDAY) == [
        (9, "navy vessels", "around Taiwan", "Taiwan", "2025-03-05"),
        (31, "aircraft", "around Taiwan", "Taiwan", "2025-03-05"),
    ]


def test_a_desks_note_of_a_days_count_a_tellers_tally_and_others_a_day_before() -> None:
    desk = (
        "DEFENCE TICKER\nThe MND said it tracked 20 Chinese military aircraft around Taiwan "
        "between 6 a.m. Tuesday and 6 a.m. today. The count for Monday was 9 aircraft."
    )
    assert facts_at(desk, WEDNESDAY) == [
        (9, "aircraft", "around Taiwan", "Taiwan", "2025-03-03"),
        (20, "aircraft", "around Taiwan", "Taiwan", "2025-03-05"),
    ]
    coast_guard = (
        "Three China Coast Guard ships entered the restricted waters off Dongyin on Wednesday, "
        "a day after two others sailed into waters off Nangan, the CGA said. On Sunday, two "
        "China Coast Guard ships entered Kinmen's restricted waters, according to the CGA, "
        "which has counted 17 incursions around Kinmen since January."
    )
    assert facts_at(coast_guard, WEDNESDAY) == [
        (2, "official ships", "restricted waters", "Kinmen", "2025-03-02"),
        (3, "official ships", "restricted waters", "Matsu", "2025-03-05"),
    ]


def test_a_telecom_carriers_chief_is_no_aircraft_carrier() -> None:
    text = (
        "The MND said it detected 27 Chinese aircraft and seven navy ships around Taiwan in the "
        'past 24 hours. "We can hold for a day, maybe a week," said one carrier\'s network chief.'
    )
    assert facts_at(text, WEDNESDAY) == [
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-03-05"),
        (27, "aircraft", "around Taiwan", "Taiwan", "2025-03-05"),
    ]


@settings(max_examples=15, deadline=None)
@given(
    days=st.lists(
        st.tuples(st.integers(1, 60), st.integers(0, 15), st.integers(0, 100)),
        min_size=1,
        max_size=3,
    )
)
def test_each_barred_day_row_gives_its_own_days_counts(days: list[tuple[int, int, int]]) -> None:
    # Whatever the counts, each row's are of its own day, the zones' cell once per zone.
    names = ["Sat 25 Oct", "Sun 26 Oct", "Mon 27 Oct"]
    rows = [
        f"{name} | aircraft {air} | navy vessels {ships} | median line/ADIZ {air * share // 100}"
        for name, (air, ships, share) in zip(names, days, strict=False)
    ]
    text = "STRAIT ACTIVITY (MND morning reports, 24h to 06:00 each day)\n" + "\n".join(rows)
    expected = []
    for day, (air, ships, share) in zip(range(25, 28), days, strict=False):
        iso, crossed = f"2025-10-{day}", air * share // 100
        expected += [(air, "aircraft", "around Taiwan", "Taiwan", iso)]
        expected += [(ships, "navy vessels", "around Taiwan", "Taiwan", iso)] if ships else []
        zones = ("median line", "ADIZ") if crossed else ()
        expected += [(crossed, "aircraft", zone, "Taiwan", iso) for zone in zones]
    assert facts_at(text, MONDAY) == sorted(expected)
