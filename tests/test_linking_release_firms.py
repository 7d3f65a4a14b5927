"""A wire release names its firm in its headline, its dateline's lead, its "About" heading and
its contacts: a firm whose name opens with a place's or an aircraft's is the firm everywhere
("Pacific Meridian Logistics", "Osprey Watch, Inc."), while a headline's words that name
nothing in the prose still give way to the knowledge base's names."""

import pytest
from linking_helpers import mentions

BODY = (
    "{headline}\n\n"
    "LONG BEACH, Calif.--(BUSINESS WIRE)--{firm}, Inc. (NASDAQ: PMLX), a freight forwarder, "
    "said today that bookings to Taiwan were steady. {firm} said its carriers had not "
    "changed their routes.\n\n"
    "About {firm}\n"
    "{firm}, Inc. is headquartered in Long Beach, California.\n\n"
    "Contacts\n"
    "{firm}, Inc.\n"
    "Karen Holt, +1 562-555-0100"
)


def _linked(text: str) -> set[str]:
    return {m.entity_id for m in mentions(text) if m.in_kb}


@pytest.mark.parametrize(
    ("firm", "headline", "not_meant"),
    [
        ("Pacific Meridian Logistics",
         "Pacific Meridian Logistics Says U.S.-Bound Bookings Unaffected by Drills Off Taiwan",
         "pacific-ocean"),
        ("Osprey Watch",
         "Osprey Watch Launches Gray Zone Monitor to Track Militia Activity Around Taiwan",
         "v-22"),
        ("Taipei Harbor Freight",
         "Taipei Harbor Freight Reports Operations Normal at Keelung and Kaohsiung",
         "taipei"),
    ],
)  # fmt: skip
def test_a_firm_named_after_a_place_or_an_aircraft_is_the_firm_in_every_line(
    firm: str, headline: str, not_meant: str
) -> None:
    assert not_meant not in _linked(BODY.format(firm=firm, headline=headline))


@pytest.mark.parametrize(
    ("line", "firm"),
    [
        ("Contacts\nOsprey Watch, Inc.\nRebecca Lang, +1 703-555-0164", "Osprey Watch, Inc."),
        ("Media contact: Pacific Rim Cargo Co., Ltd., Taipei", "Pacific Rim Cargo Co., Ltd."),
        ("The radars are serviced by Okinawa Harbor Systems Corp. under the contract.",
         "Okinawa Harbor Systems Corp."),
    ],
)  # fmt: skip
def test_a_name_closed_by_a_firms_legal_form_is_the_firm(line: str, firm: str) -> None:
    found = mentions(line)
    assert firm in [m.text for m in found]
    assert not {"v-22", "pacific-ocean", "okinawa"} & {m.entity_id for m in found}


def test_a_headline_the_prose_does_not_name_gives_way_to_the_knowledge_base() -> None:
    text = "Taiwan Seals US Tariff Deal With Chip Pledge\n\nTaiwan and the US agreed on Monday."
    assert {"taiwan", "united-states"} <= _linked(text)


def test_a_heading_in_capitals_is_no_prose_that_names_a_headlines_words() -> None:
    text = (
        "Sale 88, Session 3: Taiwan & Offshore Islands\n\n"
        "SALE 88 — SESSION 3 (Thursday 14 September 2023, 2 p.m.)\n"
        "TAIWAN & OFFSHORE ISLANDS\n\n"
        "Lot 301  1958 Kinmen, soldier's cover to Taipei with boxed cachet; light toning.\n"
        "Lot 302  1959 Matsu, censored cover to Keelung, fine. Est. NT$6,000\n"
    )
    assert ("Taiwan", "taiwan") in [(m.text, m.entity_id) for m in mentions(text)]
