"""Days told around another day or a span, as English writes them: a count dated inside the
week that sets the scene ("This week, ... reported 20 aircraft ... on Thursday"); a clause of
"a day after" an event set off after the counts ("..., a day after Beijing declared its
three-day exercise over"); a bare verb of entering with only its day ("a day after 12 aircraft
flew in on Saturday", "after four ships entered on Saturday"); and a report told between
dashes ("— on Thursday the ministry reported 26 aircraft and 7 ships around Taiwan —").
Written for these tests in the shapes of the blind-92 and blind-94 passages; the real spaCy
model and pipeline."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import facts_at

THURSDAY = datetime(2025, 2, 13, 6, 0, tzinfo=UTC)  # Thursday 13 February, afternoon in Taipei
MONDAY = datetime(2021, 1, 25, 0, 30, tzinfo=UTC)  # Monday 25 January, morning in Taipei
TUESDAY_NIGHT = datetime(2023, 4, 11, 18, 20, tzinfo=UTC)  # Tuesday 11 April in California


@pytest.mark.parametrize(
    "span",
    ["This week", "Earlier this week", "Over the past week", "In the past five days"],
)
def test_a_count_dated_inside_its_week_is_that_days(span: str) -> None:
    text = (
        f"{span}, after American warships sailed through the Taiwan Strait and Taiwan's defence "
        "ministry reported 20 Chinese military aircraft and 7 Chinese navy ships around the "
        "island on Thursday morning, one boy asked a classmate whether her parents agreed."
    )
    assert facts_at(text, THURSDAY) == [
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-02-13"),
        (20, "aircraft", "around Taiwan", "Taiwan", "2025-02-13"),
    ]


@pytest.mark.parametrize("span", ["This month", "Last week", "Over the past month"])
def test_a_longer_or_earlier_span_still_sums_its_counts(span: str) -> None:
    text = (
        f"{span}, Taiwan's defence ministry reported 120 Chinese military aircraft and 40 navy "
        "ships around the island, it said on Thursday."
    )
    assert facts_at(text, THURSDAY) == []


@pytest.mark.parametrize(
    "event",
    [
        "a day after Beijing's Eastern Theater Command declared its three-day exercise over",
        "two days after China ended its three-day Joint Sword drills",
        "hours after the PLA wrapped up a two-day war game",
    ],
)
def test_an_events_length_after_a_day_after_is_no_sum_of_the_counts(event: str) -> None:
    text = (
        "Taiwan's Ministry of National Defense said it had detected 26 Chinese military "
        f"aircraft and nine navy vessels around the island as of 6 a.m. Tuesday, {event}."
    )
    assert facts_at(text, TUESDAY_NIGHT) == [
        (9, "navy vessels", "around Taiwan", "Taiwan", "2023-04-11"),
        (26, "aircraft", "around Taiwan", "Taiwan", "2023-04-11"),
    ]


@pytest.mark.parametrize(
    "recalled",
    [
        "12 aircraft, eight H-6K bombers and four J-16 fighters, flew in on Saturday",
        "12 aircraft flew in on Saturday",
        "12 aircraft entered on Saturday",
        "12 aircraft had done so on Saturday",
    ],
)
def test_a_bare_entry_a_day_before_is_its_days_count_in_the_zone_before(recalled: str) -> None:
    text = (
        "The Liberty Times reported, citing the Ministry of National Defense, that 16 PLA "
        "aircraft entered the southwestern corner of the ADIZ on Sunday, a day after "
        f"{recalled}."
    )
    assert facts_at(text, MONDAY) == [
        (12, "aircraft", "ADIZ", "Taiwan", "2021-01-23"),
        (16, "aircraft", "ADIZ", "Taiwan", "2021-01-24"),
    ]


@pytest.mark.parametrize("verb", ["entered", "sailed in", "intruded"])
def test_ships_that_entered_on_an_earlier_day_are_in_the_waters_named_before(verb: str) -> None:
    text = (
        "The United Daily News leads with the Coast Guard Administration's report that four "
        "China Coast Guard ships entered Kinmen's restricted waters on Wednesday morning. It is "
        f"the second incursion in a week, the paper says, after four ships {verb} on Saturday."
    )
    published = datetime(2024, 9, 19, 0, 30, tzinfo=UTC)  # Thursday 19 September
    assert facts_at(text, published) == [
        (4, "official ships", "restricted waters", "Kinmen", "2024-09-14"),
        (4, "official ships", "restricted waters", "Kinmen", "2024-09-18"),
    ]


@pytest.mark.parametrize(
    "report",
    [
        "on Thursday the Ministry of National Defense reported 26 aircraft and 7 ships around "
        "Taiwan",
        "the defence ministry on Thursday counted 26 aircraft and 7 ships around Taiwan",
    ],
)
def test_a_report_between_dashes_is_the_report(report: str) -> None:
    text = (
        "Analysts describe such campaigns as one strand of gray-zone pressure from China, "
        f"alongside the daily military flights — {report} — and the united front work that "
        "courts village chiefs."
    )
    published = datetime(2023, 10, 5, 5, 0, tzinfo=UTC)  # Thursday 5 October
    assert facts_at(text, published) == [
        (7, "navy vessels", "around Taiwan", "Taiwan", "2023-10-05"),
        (26, "aircraft", "around Taiwan", "Taiwan", "2023-10-05"),
    ]


def test_a_total_s_types_between_dashes_are_still_no_facts() -> None:
    text = (
        "Taiwan's defence ministry said 14 Chinese aircraft -- eight J-16 fighters, two J-10s "
        "and four H-6K bombers -- entered the ADIZ on Thursday."
    )
    assert facts_at(text, THURSDAY) == [(14, "aircraft", "ADIZ", "Taiwan", "2025-02-13")]


@pytest.mark.parametrize(
    ("island", "place"),
    [("Dongyin", "Matsu"), ("Nangan", "Matsu"), ("Lieyu", "Kinmen"), ("Kinmen", "Kinmen")],
)
def test_restricted_waters_off_the_island_are_the_outlying_islands(island: str, place: str) -> None:
    text = (
        f"The Coast Guard Administration began trials on Tuesday of tethered drones above {island}, "
        "after three China Coast Guard vessels sailed into the prohibited waters off the island "
        "on Monday."
    )
    published = datetime(2024, 7, 16, 7, 0, tzinfo=UTC)  # Tuesday 16 July
    assert facts_at(text, published) == [
        (3, "official ships", "restricted waters", place, "2024-07-15")
    ]


def test_the_islands_contiguous_zone_is_still_taiwans() -> None:
    text = (
        "Taiwan's coast guard said three China Coast Guard vessels sailed into the contiguous "
        "zone off the island on Monday."
    )
    published = datetime(2024, 7, 16, 7, 0, tzinfo=UTC)
    assert facts_at(text, published) == [
        (3, "official ships", "contiguous zone", "Taiwan", "2024-07-15")
    ]


@pytest.mark.parametrize("period", ["on every day of the month", "every day of the drills"])
def test_what_is_added_to_every_day_of_the_month_is_the_months(period: str) -> None:
    text = (
        "In August, the Ministry of National Defense counted 398 PLA aircraft around Taiwan. "
        f"PLAN vessels were reported {period}, 264 in all, plus 41 official ships. As of "
        "6 a.m. today, 13 aircraft, seven navy vessels and one official ship were around Taiwan."
    )
    published = datetime(2025, 9, 2, 12, 30, tzinfo=UTC)  # Tuesday 2 September
    assert facts_at(text, published) == [
        (1, "official ships", "around Taiwan", "Taiwan", "2025-09-02"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-09-02"),
        (13, "aircraft", "around Taiwan", "Taiwan", "2025-09-02"),
    ]


@pytest.mark.parametrize(
    "rest", ["and the rest as 'other'", "and the remainder unidentified", "with the rest J-10s"]
)
def test_types_listed_before_the_rest_are_parts_of_the_total(rest: str) -> None:
    text = (
        "Is the 32 inclusive of the drones? The graphic lists 14 J-16s, 6 J-10s, a KJ-500 and "
        f"two BZK-005s, {rest}.\n\nTAIPEI -- China sent 32 military aircraft and nine navy "
        "ships around Taiwan in the 24 hours to 6 a.m. on Tuesday, the island's defence "
        "ministry said."
    )
    published = datetime(2025, 3, 18, 3, 5, tzinfo=UTC)  # Tuesday 18 March
    assert facts_at(text, published) == [
        (9, "navy vessels", "around Taiwan", "Taiwan", "2025-03-18"),
        (32, "aircraft", "around Taiwan", "Taiwan", "2025-03-18"),
    ]


def test_a_share_that_entered_a_zone_before_the_rest_is_still_a_fact() -> None:
    text = (
        "Four China Coast Guard ships sailed in the contiguous zone around the Senkaku Islands "
        "on Thursday. Two of the ships entered territorial waters, and the rest stayed outside."
    )
    published = datetime(2025, 3, 20, 9, 0, tzinfo=UTC)  # Thursday 20 March
    assert facts_at(text, published) == [
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-03-20"),
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-03-20"),
    ]
