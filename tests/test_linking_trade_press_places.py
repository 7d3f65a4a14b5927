"""Places in trade copy read as the trade reads them, on sentences written for these tests: a
capital inside a market's session is the city's exchange, where a government is asked for
clarification is the government, air-cargo copy's "forwarders at Taoyuan" work at the airport,
a province's "group tours" are no carrier's strike group, the defence ministry's line of
response names Taiwan's Navy, and a region listed before its plural unit is that region."""

import pytest
from linking_helpers import assert_links, mentions


@pytest.mark.parametrize(
    ("text", "capital", "city"),
    [
        ("Shares of Lotus Pharmaceutical were little changed in early Taipei trade on Wednesday.",
         "Taipei", "taipei"),
        ("Shares of Mitsubishi Heavy fell in late Tokyo trade on Friday.", "Tokyo", "tokyo"),
        ("Shares of Toyota slipped in afternoon Tokyo trading.", "Tokyo", "tokyo"),
    ],
)  # fmt: skip
def test_a_capital_in_a_market_session_is_the_city(text: str, capital: str, city: str) -> None:
    assert_links(text, {capital: (city, "name")})


def test_capitals_trading_protests_stay_governments() -> None:
    text = "Beijing and Tokyo trade protests over the helicopter."
    assert_links(text, {"Beijing": ("china", "capital"), "Tokyo": ("japan", "capital")})


def test_clarification_is_sought_from_a_government() -> None:
    text = "The ministry was seeking clarification from Washington through the AIT on the tariff."
    assert_links(text, {"Washington": ("united-states", "capital")})


@pytest.mark.parametrize(
    "text",
    [
        "Forwarders at Taoyuan report normal operations.",
        "Cargo terminals at Taoyuan report normal handling; the export cut-off is unchanged.",
        "Christmas uplift at Taoyuan was unaffected, forwarders said.",
        "Some freighters bound for Taoyuan from Japan flew longer routings.",
    ],
)
def test_air_cargo_at_a_city_is_at_its_airport(text: str) -> None:
    assert_links(text, {"Taoyuan": ("taoyuan-airport", "name")})


def test_a_city_without_cargo_or_flights_stays_the_city() -> None:
    assert_links("A marine base in Taoyuan held a drill.", {"Taoyuan": ("gpe:taoyuan", "name")})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fujian group tours restarted this spring, yet arrivals rarely top 800.",
         ("fujian", "name")),
        ("Shandong group travel to Kinmen resumed in March.", ("shandong", "name")),
        ("The Fujian group sailed through the Taiwan Strait on Tuesday.",
         ("fujian-carrier", "name")),
    ],
)  # fmt: skip
def test_group_tours_are_the_provinces_a_group_at_sea_the_carriers(
    text: str, expected: tuple[str, str]
) -> None:
    assert_links(text, {text.split()[1 if text.startswith("The") else 0]: expected})


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said it had monitored the situation and employed combat air patrol "
        "aircraft, Navy vessels and land-based missile systems in response.",
        "The ministry says it monitored the situation with CAP aircraft, Navy vessels, and "
        "coastal missile systems.",
    ],
)
def test_the_navy_in_the_ministrys_line_of_response_is_taiwans(line: str) -> None:
    text = f"Venus dominated the western sky over Penghu this month. {line}"
    assert_links(text, {"Navy": ("roc-navy", "name")})


def test_a_region_listed_before_its_plural_unit_is_the_region() -> None:
    text = "Wholesalers will stock medicines at depots in Fukuoka and Kagoshima prefectures."
    assert_links(text, {"Kagoshima": ("kagoshima-prefecture", "name")})


@pytest.mark.parametrize(
    ("text", "capital", "city"),
    [
        ("Lunar New Year gifting lifts Taipei jewellers as drones are reported", "Taipei",
         "taipei"),
        ("Joint Sword-2024A: Tokyo shipper holds back ceramics bound for Kaohsiung", "Tokyo",
         "tokyo"),
        ("Chinese ships enter Senkaku waters; Tokyo museum loan from Shanghai postponed", "Tokyo",
         "tokyo"),
        ("The alliance tightens, and Tokyo's art underwriters read the fine print.", "Tokyo",
         "tokyo"),
    ],
)  # fmt: skip
def test_a_capital_before_an_art_market_trade_is_the_city(
    text: str, capital: str, city: str
) -> None:
    assert_links(text, {capital: (city, "name")})


def test_a_government_indemnity_comes_from_the_government() -> None:
    text = "The works will travel under a government indemnity from Tokyo and commercial cover."
    assert_links(text, {"Tokyo": ("japan", "capital")})


@pytest.mark.parametrize(
    "text",
    [
        "Receiving prefectures including Oita, Miyazaki and Kagoshima set aside hotel rooms.",
        "Prefectures such as Saga and Kagoshima said they would house the evacuees.",
    ],
)
def test_a_region_listed_after_its_plural_unit_is_the_region(text: str) -> None:
    found = {(m.text, m.entity_id) for m in mentions(text) if m.in_kb}
    assert ("Kagoshima", "kagoshima-prefecture") in found
