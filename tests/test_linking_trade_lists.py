"""Capitals in the lists trade copy writes (art dealers, air-cargo forwarders, wine importers)
are the cities: where dealers and galleries come from, the legs and stops of a route, where
freighters and shipments go. A government's people and relations keep their lists the
governments', on sentences written for these tests."""

import pytest
from linking_helpers import assert_links

CITY = {"Seoul": ("seoul", "name"), "Tokyo": ("tokyo", "name"), "Manila": ("manila", "name")}
CITY |= {"Jakarta": ("jakarta", "name"), "Taipei": ("taipei", "name")}


@pytest.mark.parametrize(
    ("text", "capitals"),
    [
        # a list "from" opens: where people and things come from
        ("Dealers from Seoul and Tokyo said the numbers had come up over breakfast.",
         ["Seoul", "Tokyo"]),
        ("Galleries from Tokyo and Seoul reported the strongest early business.",
         ["Tokyo", "Seoul"]),
        ("Collectors from Manila, Jakarta and Seoul bid on the lacquer screens.",
         ["Manila", "Jakarta", "Seoul"]),
        # where travellers have flown from
        ("Buyers who had flown in from Singapore and Jakarta, he said, shrugged off the drills.",
         ["Jakarta"]),
        # a route's legs, stops "via" and the cities freight moves between
        ("Some belly space on the Manila and Jakarta legs has been pulled, a manager said.",
         ["Manila", "Jakarta"]),
        ("Carriers reported strong demand on transpacific connections via Incheon and Manila.",
         ["Manila"]),
        ("Freighters between Taoyuan and Manila were operating normally, forwarders said.",
         ["Manila"]),
        ("Insurers covering ceramics shipped between Japan, Taipei and Okinawa were calm.",
         ["Taipei"]),
    ],
)  # fmt: skip
def test_capitals_in_trade_lists_are_cities(text: str, capitals: list[str]) -> None:
    assert_links(text, {capital: CITY[capital] for capital in capitals})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protests from Beijing and Tokyo followed the vote.",
         {"Beijing": ("china", "capital"), "Tokyo": ("japan", "capital")}),
        ("Officials from Tokyo and Seoul said they would meet again.",
         {"Tokyo": ("japan", "capital"), "Seoul": ("south-korea", "capital")}),
        ("A short guide to terms in grant conditions from Washington, Tokyo and Canberra:",
         {"Washington": ("united-states", "capital"), "Canberra": ("australia", "capital")}),
    ],
)  # fmt: skip
def test_a_governments_people_and_relations_keep_their_lists(
    text: str, expected: dict[str, tuple[str, str]]
) -> None:
    assert_links(text, expected)


def test_a_capital_in_a_list_that_holds_a_city_further_along_is_the_city() -> None:
    assert_links(
        "Manila, Singapore and Hong Kong sectors were adding 30 minutes, operators said.",
        {"Manila": ("manila", "name")},
    )


def test_a_list_of_capitals_and_countries_alone_stays_the_governments() -> None:
    assert_links(
        "Manila, Singapore and Tokyo protested the new zone on Tuesday.",
        {"Manila": ("philippines", "capital"), "Tokyo": ("japan", "capital")},
    )
