"""A capital is the city where it hosts a fair or a race ("Seoul's annual cold-chain logistics
expo"), where a headline names a forum held there past a hyphened compound ("opens Manila
water-tech forum"), and where its possessive closes a comparison of a thing of city life ("bus
lanes are narrower than Seoul's"), and before its trades ("Seoul cleaners"); it is the government a state's ships are provided to and the one a
turn of events leaves "no option"."""

import pytest

from tests.linking_helpers import mentions


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        ("SEOUL, May 3 (Yonhap) -- Seoul's annual cold-chain logistics and warehousing expo "
         "opens on Tuesday with 400 exhibitors, organisers said.", "Seoul", "seoul"),
        ("Organisers said Tokyo's spring children's book fair would move to Odaiba.", "Tokyo",
         "tokyo"),
        ("Runners from 40 countries entered Taipei's year-end marathon, organisers said.",
         "Taipei", "taipei"),
    ],
)  # fmt: skip
def test_a_fair_or_race_a_capital_hosts_is_the_citys(text: str, surface: str, city: str) -> None:
    assert links(text)[surface] == (city, "name")


def test_a_possessive_closing_a_comparison_of_city_life_is_the_city() -> None:
    text = (
        "Drivers on the exchange said Manila's bus lanes are narrower than Seoul's, and "
        "Taipei's coach parking is scarcer than Tokyo's."
    )
    found = links(text)
    assert found["Seoul"] == ("seoul", "name")
    assert found["Tokyo"] == ("tokyo", "name")


def test_a_possessive_closing_a_comparison_of_what_a_state_owns_stays_the_government() -> None:
    text = "Analysts said Beijing's defence budget is now four times larger than Tokyo's."
    assert links(text)["Tokyo"] == ("japan", "capital")


def test_a_headline_forum_named_past_a_hyphened_compound_is_the_citys() -> None:
    text = (
        "Japanese envoy opens Manila water-tech forum\n\n"
        "MANILA -- Japan's ambassador opened a two-day forum on water treatment on Monday."
    )
    assert links(text)["Manila"] == ("manila", "name")


def test_ships_provided_to_a_capital_go_to_its_government() -> None:
    text = (
        "The pact follows Tokyo's provision of ten 44-metre patrol boats to Manila under a "
        "yen loan, officials said."
    )
    assert links(text)["Manila"] == ("philippines", "capital")


def test_a_capital_left_with_no_choice_is_its_government() -> None:
    text = "Officials said Manila's arrests of fishermen had left Beijing no option but to respond."
    assert links(text)["Beijing"] == ("china", "capital")


def test_a_capital_someone_left_is_the_city() -> None:
    assert links("The envoy left Tokyo on Monday for Osaka.")["Tokyo"] == ("tokyo", "name")


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        ("Election week: Seoul cleaners press campaign jackets\n\nSEOUL -- Dry cleaners said "
         "orders doubled.", "Seoul", "seoul"),
    ],
)  # fmt: skip
def test_a_capitals_cleaners_are_the_citys(text: str, surface: str, city: str) -> None:
    assert links(text)[surface] == (city, "name")
