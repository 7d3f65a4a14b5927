"""Merchant ships a drill holds up, a port counts or a trade names ("tanker vessels") are no
craft of the drill; and a compass word's adjective ("off the island's eastern coast") places
craft as its noun ("east coast") does.
"""

from datetime import UTC, datetime

import pytest
from incursion_helpers import around_taiwan, facts_at

THURSDAY = datetime(2026, 4, 16, 10, tzinfo=UTC)
FIRING = (
    "The PLA launched eight rockets into waters around Taiwan on Thursday, Taiwan's defence "
    "ministry said. "
)
MISSILES = [around_taiwan(8, "missiles", "2026-04-16")]


@pytest.mark.parametrize(
    "shipping",
    [
        "Pilots at Taichung stopped boarding at noon, with 41 vessels waiting.",
        "Harbour officials said 41 ships were queuing outside Taichung by nightfall.",
        "Some 41 vessels lay at anchor off Taichung until the zones were lifted.",
        "About 41 ships were held outside Taichung for most of the afternoon.",
    ],
)
def test_ships_held_up_by_the_drills_are_no_craft_of_them(shipping: str) -> None:
    assert facts_at(FIRING + shipping, THURSDAY) == MISSILES


@pytest.mark.parametrize(
    "shipping",
    [
        "The Taichung Port Authority said 41 vessels had been turned back.",
        "Only 41 ships left Taichung during the day, a shipping line said.",
        "A container terminal operator told reporters 41 vessels had missed their slots.",
    ],
)
def test_ships_a_civil_body_of_the_sea_counts_are_merchant_ships(shipping: str) -> None:
    assert facts_at(FIRING + shipping, THURSDAY) == MISSILES


def test_a_ministrys_bare_vessels_after_its_aircraft_stay_the_plas() -> None:
    text = (
        "Taiwan's defence ministry said it tracked 23 Chinese aircraft and seven vessels around "
        "Taiwan on Thursday, with the vessels waiting east of the island."
    )
    assert facts_at(text, THURSDAY) == [
        around_taiwan(7, "navy vessels", "2026-04-16"),
        around_taiwan(23, "aircraft", "2026-04-16"),
    ]


def test_a_ministrys_count_a_port_passes_on_stays_the_ministrys() -> None:
    text = (
        "The port office warned ferry operators that the defence ministry had tracked 23 Chinese "
        "aircraft and seven vessels around Taiwan on Thursday."
    )
    assert facts_at(text, THURSDAY) == [
        around_taiwan(7, "navy vessels", "2026-04-16"),
        around_taiwan(23, "aircraft", "2026-04-16"),
    ]


def test_coast_guard_ships_that_wait_in_a_zone_are_still_in_it() -> None:
    text = (
        "Japan's coast guard said three China Coast Guard ships waited in the contiguous zone "
        "off the Senkaku Islands on Thursday."
    )
    assert facts_at(text, THURSDAY) == [
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2026-04-16")
    ]


MONDAY = datetime(2025, 3, 11, 3, tzinfo=UTC)


@pytest.mark.parametrize(
    "coast",
    ["east coast", "eastern coast", "north-eastern coast", "southwestern coast", "western shore"],
)
def test_a_side_of_taiwan_named_by_its_adjective_is_around_taiwan(coast: str) -> None:
    text = f"Japan's Joint Staff said five Chinese warships sailed off Taiwan's {coast} on Monday."
    assert facts_at(text, MONDAY) == [around_taiwan(5, "navy vessels", "2025-03-10")]


def test_sides_joined_by_and_are_around_taiwan() -> None:
    text = (
        "Japan's Joint Staff said two Chinese drones flew off Taiwan's northern and eastern "
        "coasts on Monday."
    )
    assert facts_at(text, MONDAY) == [around_taiwan(2, "drones", "2025-03-10")]


def test_missiles_that_came_down_off_the_islands_western_coast_were_fired_around_it() -> None:
    text = (
        "Taiwan's defence ministry said China's rocket force launched five missiles on Monday "
        "night, several of which came down in the sea off the island's western coast."
    )
    assert facts_at(text, MONDAY) == [around_taiwan(5, "missiles", "2025-03-10")]


def test_a_place_of_taiwan_named_with_its_side_keeps_its_own_zone() -> None:
    text = (
        "Taiwan's coast guard said three Chinese coast guard ships entered restricted waters "
        "off Taiwan's northern Matsu islands on Monday."
    )
    assert facts_at(text, MONDAY) == [
        (3, "official ships", "restricted waters", "Matsu", "2025-03-10")
    ]


@pytest.mark.parametrize(
    "flagged",
    [
        "The coast guard is watching 41 ships flagged in Sierra Leone and Palau.",
        "Officials said 41 Panama-flagged vessels were near Kaohsiung.",
        "Insurers count 41 vessels sailing under flags of convenience on the route.",
        "Some 41 ships registered in Mongolia trade between Fujian and the islands.",
    ],
)
def test_ships_named_by_their_flag_state_are_merchant_ships(flagged: str) -> None:
    assert facts_at(FIRING + flagged, THURSDAY) == MISSILES


@pytest.mark.parametrize(
    "shipping",
    [
        "Six tanker vessels anchored off Mailiao rather than berth during the firing.",
        "Six LNG ships slowed to a crawl in the Strait, traffic data showed.",
        "Six freight vessels sailed north of the closure areas on Thursday.",
    ],
)
def test_ships_named_by_the_trade_they_carry_are_merchant_ships(shipping: str) -> None:
    assert facts_at(FIRING + shipping, THURSDAY) == MISSILES


def test_a_tanker_named_by_its_navy_is_still_chinas() -> None:
    text = FIRING + "Two PLA Navy tanker ships refuelled the destroyers east of the island."
    assert around_taiwan(2, "navy vessels", "2026-04-16") in facts_at(text, THURSDAY)
