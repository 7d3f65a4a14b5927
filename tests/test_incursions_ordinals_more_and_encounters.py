"""Counts told beside the craft before them, and craft that are no count: "a third" after
craft counted is one more craft ("and a third entered Matsu's restricted waters"); "three more"
with no verb is more of the craft before, where they went; "two more US defence contractors"
counts no craft; "reports four there again" is in the zone named before; "on Friday it was four
J-10s" restates the measure before on another day; a path from a place outside the list into
Taiwan's surroundings keeps its counts ("five drones flying a loop from the Bashi Channel up
Taiwan's east coast"); and one ship in an incident with another ("a PLAN destroyer cut across
the US ship's bow", "was hailed by a Chinese coast guard cutter") is no count of the day's
report. An ordinal whose craft stayed back ("A fourth Chinese ship stayed just outside") or
that follows a share ("two of them ..., and a third was tracked") is no craft beyond them."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import Fact, facts_at

SATURDAY = datetime(2025, 5, 17, 4, 30, tzinfo=UTC)  # the morning of Saturday 17 May in Taipei
FRIDAY, THURSDAY = "2025-05-16", "2025-05-15"
KINMEN, MATSU, SENKAKU = "Kinmen", "Matsu", "Senkaku Islands"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday, the Coast Guard Administration said, two China Coast Guard vessels "
            "sailed into the prohibited waters off Kinmen and a third entered Matsu's "
            "restricted waters near Dongyin.",
            [
                (1, "official ships", "restricted waters", MATSU, FRIDAY),
                (2, "official ships", "restricted waters", KINMEN, FRIDAY),
            ],
        ),
        (
            "Two China Coast Guard ships entered Kinmen's restricted waters on Thursday "
            "afternoon, the Coast Guard Administration said. A third CCG ship sailed through the "
            "prohibited waters off Nangan in Matsu on Friday and left within two hours.",
            [
                (1, "official ships", "restricted waters", MATSU, FRIDAY),
                (2, "official ships", "restricted waters", KINMEN, THURSDAY),
            ],
        ),
        (
            "Two China Coast Guard ships entered the contiguous zone around the Senkaku Islands "
            "on Friday morning, and a third entered the zone an hour later, the Japan Coast "
            "Guard said.",
            [(3, "official ships", "contiguous zone", SENKAKU, FRIDAY)],
        ),
    ],
)
def test_a_third_after_craft_counted_is_one_more(text: str, expected: list[Fact]) -> None:
    assert facts_at(text, SATURDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Four China Coast Guard ships entered Japanese territorial waters near the Senkaku "
        "Islands on Friday, a second time this month, the Japan Coast Guard said.",
        "Four China Coast Guard ships entered Japanese territorial waters near the Senkaku "
        "Islands on Friday, for a third straight day, the Japan Coast Guard said.",
    ],
)
def test_an_ordinal_of_days_or_times_counts_no_craft(text: str) -> None:
    assert facts_at(text, SATURDAY) == [
        (4, "official ships", "territorial waters", SENKAKU, FRIDAY)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our log of what the Coast Guard Administration reported, day by day.\n\n"
            "Monday — Four China Coast Guard ships entered Kinmen's restricted waters south of "
            "Liaoluo Bay. The ships turned back toward Xiamen.\n\nTuesday — Nothing reported.\n\n"
            "Wednesday — Three more, this time off Beishan.",
            [
                (3, "official ships", "restricted waters", KINMEN, "2025-05-14"),
                (4, "official ships", "restricted waters", KINMEN, "2025-05-12"),
            ],
        ),
        (
            "Two China Coast Guard ships sailed in the contiguous zone around the Senkaku "
            "Islands on Thursday, the Japan Coast Guard said. On Friday, two more.",
            [
                (2, "official ships", "contiguous zone", SENKAKU, THURSDAY),
                (2, "official ships", "contiguous zone", SENKAKU, FRIDAY),
            ],
        ),
    ],
)
def test_more_with_no_verb_is_more_of_the_craft_before_where_they_went(
    text: str, expected: list[Fact]
) -> None:
    assert facts_at(text, SATURDAY) == expected


def test_more_before_another_noun_counts_no_craft() -> None:
    text = (
        "1) Taiwan's defence ministry said 27 Chinese military aircraft operated around the "
        "island in the 24 hours to 6 a.m. Friday.\n\n"
        "2) Koo told lawmakers the special budget for drones and coastal missiles should go to "
        "a vote.\n\n"
        "3) China's Ministry of Commerce put two more US defence contractors on its unreliable "
        "entity list."
    )
    assert facts_at(text, SATURDAY) == [(27, "aircraft", "around Taiwan", "Taiwan", FRIDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Thursday, the ministry said, a Y-8 anti-submarine plane and two J-16 fighters "
            "entered the south-western corner of Taiwan's ADIZ; on Friday it was four J-10s.",
            [
                (3, "aircraft", "ADIZ", "Taiwan", THURSDAY),
                (4, "aircraft", "ADIZ", "Taiwan", FRIDAY),
            ],
        ),
        (
            "1. How many Chinese aircraft entered Taiwan's southwestern ADIZ on Wednesday?\n"
            "Two Y-8 anti-submarine planes, the Ministry of National Defense said. On Friday it "
            "was three aircraft.",
            [
                (2, "aircraft", "ADIZ", "Taiwan", "2025-05-14"),
                (3, "aircraft", "ADIZ", "Taiwan", FRIDAY),
            ],
        ),
    ],
)
def test_what_it_was_on_another_day_restates_the_measure_before(
    text: str, expected: list[Fact]
) -> None:
    assert facts_at(text, SATURDAY) == expected


def test_a_path_from_a_place_outside_into_taiwans_surroundings_keeps_its_counts() -> None:
    text = (
        "Friday's MND report: 17 aircraft, six PLA Navy ships and five drones flying a loop "
        "from the Bashi Channel up Taiwan's east coast."
    )
    assert facts_at(text, SATURDAY) == [
        (5, "drones", "around Taiwan", "Taiwan", FRIDAY),
        (6, "navy vessels", "around Taiwan", "Taiwan", FRIDAY),
        (17, "aircraft", "around Taiwan", "Taiwan", FRIDAY),
    ]


def test_a_path_out_of_the_list_still_counts_nothing() -> None:
    text = (
        "Taiwan's defence ministry said two Chinese drones flew from the Bashi Channel into "
        "the western Pacific on Friday."
    )
    assert facts_at(text, SATURDAY) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Taiwan's defence ministry reported 14 PLA aircraft and six PLAN ships around the "
            "island on Thursday. The destroyer USS Chung-Hoon transited the strait on Friday, "
            "when a PLAN destroyer cut across the US ship's bow.",
            THURSDAY,
        ),
        (
            "A Panama-flagged bulk carrier was hailed by a Chinese coast guard cutter about "
            "40nm west of Penghu on Friday. Taiwan's defence ministry reported 14 Chinese "
            "military aircraft and six Chinese warships around the island on Friday.",
            FRIDAY,
        ),
    ],
)
def test_one_ship_in_an_incident_with_another_is_no_count(text: str, day: str) -> None:
    assert facts_at(text, SATURDAY) == [
        (6, "navy vessels", "around Taiwan", "Taiwan", day),
        (14, "aircraft", "around Taiwan", "Taiwan", day),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four China Coast Guard ships sailed in the contiguous zone around the Senkaku "
            "Islands on Thursday. On Friday the Japan Coast Guard reported three there again.",
            [
                (3, "official ships", "contiguous zone", SENKAKU, FRIDAY),
                (4, "official ships", "contiguous zone", SENKAKU, THURSDAY),
            ],
        ),
        (
            "On Thursday four China Coast Guard ships were in the contiguous zone around the "
            "Senkaku Islands. As I write, on Friday, the Japan Coast Guard reports four there "
            "again, and two others have entered territorial waters near Kuba island.",
            [
                (2, "official ships", "territorial waters", SENKAKU, FRIDAY),
                (4, "official ships", "contiguous zone", SENKAKU, THURSDAY),
                (4, "official ships", "contiguous zone", SENKAKU, FRIDAY),
            ],
        ),
    ],
)
def test_a_count_there_is_in_the_zone_named_before(text: str, expected: list[Fact]) -> None:
    assert facts_at(text, SATURDAY) == expected


def test_what_it_was_after_a_reports_totals_is_a_total_too() -> None:
    text = (
        "Thursday's MND report listed 12 PLA aircraft around Taiwan, five of which entered the "
        "ADIZ's southwest corner. On Friday it was two official ships."
    )
    assert facts_at(text, SATURDAY) == [
        (2, "official ships", "around Taiwan", "Taiwan", FRIDAY),
        (5, "aircraft", "ADIZ", "Taiwan", THURSDAY),
        (12, "aircraft", "around Taiwan", "Taiwan", THURSDAY),
    ]


def test_a_third_along_the_edge_of_the_waters_did_not_enter_them() -> None:
    text = (
        "On Friday, two China Coast Guard ships entered the restricted waters off Dongyin, "
        "Matsu's northernmost island group, and a third sailed along the edge of the prohibited "
        "waters near Nangan, Taiwan's Coast Guard Administration said."
    )
    assert facts_at(text, SATURDAY) == [(2, "official ships", "restricted waters", MATSU, FRIDAY)]


def test_a_second_craft_named_without_whose_it_is_is_no_count() -> None:
    text = (
        "An ASDF F-15J was scrambled against a Chinese drone near Yonaguni on Friday and landed "
        "after a bird strike. A second fighter completed the scramble mission. Taiwan's "
        "ministry tracked 19 Chinese military aircraft around Taiwan on Thursday."
    )
    assert facts_at(text, SATURDAY) == [(19, "aircraft", "around Taiwan", "Taiwan", THURSDAY)]


def test_what_it_was_after_a_share_restates_the_total() -> None:
    text = (
        "LEGISLATOR: This morning's report: seventeen Chinese aircraft and eight navy ships "
        "around Taiwan; ten of the aircraft across the median line and into the ADIZ. Last "
        "Tuesday it was 32 aircraft."
    )
    assert facts_at(text, SATURDAY) == [
        (8, "navy vessels", "around Taiwan", "Taiwan", "2025-05-17"),
        (10, "aircraft", "ADIZ", "Taiwan", "2025-05-17"),
        (10, "aircraft", "median line", "Taiwan", "2025-05-17"),
        (17, "aircraft", "around Taiwan", "Taiwan", "2025-05-17"),
        (32, "aircraft", "around Taiwan", "Taiwan", "2025-05-13"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese coast guard ships pushed into waters off the Senkaku Islands and Chinese "
            "warplanes swarmed the skies around Taiwan.\n\nOn Thursday, three China Coast Guard "
            "vessels entered Japan's territorial waters near Kuba island, the Japan Coast Guard "
            "said. A fourth Chinese ship stayed just outside.\n\nIn Taipei, the defence ministry "
            "said Friday that it had detected 19 PLA aircraft and seven warships around Taiwan "
            "in the 24 hours to 6 a.m.",
            [
                (3, "official ships", "territorial waters", SENKAKU, THURSDAY),
                (7, "navy vessels", "around Taiwan", "Taiwan", FRIDAY),
                (19, "aircraft", "around Taiwan", "Taiwan", FRIDAY),
            ],
        ),
        (
            "Two Chinese coast guard ships entered the restricted waters around the Pratas "
            "Islands on Friday. A third Chinese vessel, thought to be a survey ship, remained "
            "just outside. Separately, the defence ministry said 19 Chinese military aircraft "
            "and seven navy ships were operating around Taiwan in the 24 hours to 6am on Friday.",
            [
                (7, "navy vessels", "around Taiwan", "Taiwan", FRIDAY),
                (19, "aircraft", "around Taiwan", "Taiwan", FRIDAY),
            ],
        ),
        (
            "Taiwan's defence ministry said it detected three balloons crossing the median line "
            "on Friday; two of them drifted over the island before vanishing, and a third was "
            "tracked 60 nautical miles north of Keelung.",
            [(3, "balloons", "median line", "Taiwan", FRIDAY)],
        ),
    ],
)
def test_an_ordinal_that_stayed_back_or_follows_a_share_is_no_craft_beyond(
    text: str, expected: list[Fact]
) -> None:
    assert facts_at(text, SATURDAY) == expected


def test_an_ordinal_that_stayed_in_a_zone_is_one_craft_there() -> None:
    text = (
        "On Friday at around 9:20 a.m., three China Coast Guard vessels intruded into Japan's "
        "territorial waters around the Senkaku Islands. A fourth China Coast Guard vessel "
        "remained in the contiguous zone."
    )
    assert facts_at(text, SATURDAY) == [
        (1, "official ships", "contiguous zone", SENKAKU, FRIDAY),
        (3, "official ships", "territorial waters", SENKAKU, FRIDAY),
    ]
