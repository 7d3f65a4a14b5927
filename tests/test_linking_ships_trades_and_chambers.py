"""Blind-144 and blind-145 as development data: a ship that passes an island goes through the
strait named for it; a carrier joined to another past a repeated "the" is a ship; a capital
before its buyers or its seminar, after its dealers "of", is the city, and one money is taken
in from is the government; a magistrate's title before the family name; a bare chamber's
member "from" a place is that place's country's chamber."""

import pytest

from tests.linking_helpers import mentions


def _links(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Two PLA frigates pass Miyako on way to Pacific\n\nTOKYO (Kyodo) -- Two Chinese frigates "
        "and a supply ship sailed through the Miyako Strait on Saturday, the Joint Staff said.",
        "Destroyer group passes Miyako, heads for Guam\n\nTOKYO (Jiji) -- Three destroyers used "
        "the Miyako Strait overnight, Japan's Defense Ministry said.",
        "TOKYO (Kyodo) -- The Miyako Strait was busy this week. Four Chinese warships passed "
        "Miyako on Monday, heading south.",
    ],
)
def test_a_ship_that_passes_an_island_goes_through_its_strait(text: str) -> None:
    assert _links(text)["Miyako"] == "miyako-strait"


def test_bombers_that_pass_an_island_fly_over_the_island() -> None:
    text = (
        "Russian bombers pass Miyako; farmers look up\n\nTOKYO (Kyodo) -- Two Tu-95 bombers flew "
        "over the Miyako Strait on Tuesday, the Joint Staff said."
    )
    assert _links(text)["Miyako"] == "miyako-island"


@pytest.mark.parametrize(
    "text",
    [
        "Model shops in Osaka say kits of the Fujian and the Shandong sell out within a week.",
        "Satellite images showed the Liaoning or the Shandong in port at Qingdao.",
    ],
)
def test_a_carrier_joined_to_another_past_a_repeated_article_is_the_ship(text: str) -> None:
    assert _links(text)["Shandong"] == "shandong-carrier"


@pytest.mark.parametrize(
    ("text", "capital", "city"),
    [
        ("Rate cut sends Tokyo gold buyers back to the counters", "Tokyo", "tokyo"),
        ("OSAKA (Kyodo) -- Procurement managers at a Tokyo trade seminar on Friday compared "
         "prices of disposable gowns.", "Tokyo", "tokyo"),
        ("KAOHSIUNG (CNA) -- A Taipei security symposium heard from three retired admirals.",
         "Taipei", "taipei"),
        ("KYOTO (Kyodo) -- For the tea merchants of Taipei, the tariff cut came just in time.",
         "Taipei", "taipei"),
    ],
)  # fmt: skip
def test_a_capitals_buyers_seminars_and_merchants_are_the_citys(
    text: str, capital: str, city: str
) -> None:
    assert _links(text)[capital] == city


@pytest.mark.parametrize(
    ("text", "capital", "country"),
    [
        ("HUALIEN (CNA) -- The county said it had received US$2 million from Tokyo and blankets "
         "from the Red Cross.", "Tokyo", "japan"),
        ("KINMEN (CNA) -- The pier was rebuilt with a grant of NT$40 million from Taipei.",
         "Taipei", "taiwan"),
    ],
)  # fmt: skip
def test_money_taken_in_from_a_capital_is_its_governments(
    text: str, capital: str, country: str
) -> None:
    assert _links(text)[capital] == country


def test_a_price_from_a_capital_stays_the_city() -> None:
    text = "NAHA (Kyodo) -- Return fares of US$199 from Taipei drew long queues at the counters."
    assert _links(text)["Taipei"] == "taipei"


def test_a_magistrate_named_by_title_and_family_name_is_the_one_named_in_full() -> None:
    text = (
        "YILAN (CNA) -- Yilan County Magistrate Lin Tzu-ching opened the new harbour road on "
        "Friday. The road cost NT$900 million. Magistrate Lin has asked for a second phase."
    )
    found = {m.entity_id for m in mentions(text) if "Lin" in m.text}
    assert found == {"person:lin-tzu-ching"}


@pytest.mark.parametrize(
    ("member", "chamber", "expected"),
    [
        ("an Upper House member from Kagoshima", "Upper House", "japan-house-of-councillors"),
        ("a House of Representatives member from Okinawa", "House of Representatives",
         "japan-house-of-representatives"),
        ("a House of Representatives member from Ohio", "House of Representatives", "us-house"),
    ],
)  # fmt: skip
def test_a_chambers_member_from_a_place_is_that_countrys_chamber(
    member: str, chamber: str, expected: str
) -> None:
    text = (
        "TAIPEI (CNA) -- Four members of the US Congress and six of the Japanese Diet toured a "
        f"night market on Monday. Kenta Ueda, {member}, bought a teapot."
    )
    assert _links(text)[chamber] == expected
