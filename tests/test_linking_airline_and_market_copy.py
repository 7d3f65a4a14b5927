"""What airline trade press, pilots' bulletins, market wraps, history writing and fan and
tourism copy name, linked as their readers read them: an airport by its city's name where crews
and sectors are spoken of, a capital that is only the city in a list under "in", on a market's
clock or before its desks or districts, the government an administration "in" a capital is and a
capital's warning about a country, a carrier that acts after "the", and the flight information
regions, the M503 route and a hacking group's other names, by the names those readers meet."""

import pytest

from tests.linking_helpers import cjk_links, mentions


def _links(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.entity_id) for m in mentions(text, "2025-06-18")}


def _kinds(text: str) -> set[tuple[str, str, str]]:
    return {(m.text, m.entity_id, m.kind) for m in mentions(text, "2025-06-18")}


@pytest.mark.parametrize(
    ("text", "surface", "airport"),
    [
        ("Based on CAA data, the average Taoyuan–Manila sector was flown 4 minutes longer in "
         "January than a year earlier.", "Taoyuan", "taoyuan-airport"),
        ("Taiwanese pilots on the Taoyuan–Naha run said controllers held them at lower levels.",
         "Taoyuan", "taoyuan-airport"),
        ("Jet-fuel prices at Taoyuan were about 6% lower than a year ago.",
         "Taoyuan", "taoyuan-airport"),
        ("A berth costs less than a low-cost flight from Taipei's Songshan or Taoyuan airports "
         "to Naha.", "Songshan", "songshan-airport"),
        ("With flights from Narita and Kansai filling up, tour agencies started selling tours.",
         "Kansai", "kansai-airport"),
        ('The pact would "let inspectors at Haneda and Taoyuan share one watch list," he said.',
         "Taoyuan", "taoyuan-airport"),
        ("The agency said it would offer the same e-gates to Korean travellers at Taoyuan.",
         "Taoyuan", "taoyuan-airport"),
    ],
)  # fmt: skip
def test_a_city_is_its_airport_where_crews_sectors_and_airports_are_spoken_of(
    text: str, surface: str, airport: str
) -> None:
    assert (surface, airport) in _links(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A farmers' market in Songshan and Taoyuan sold out on Sunday.", "Taoyuan"),
        ("Army engineers rehearsed a river crossing in Taoyuan after pilots were briefed.",
         "Taoyuan"),
    ],
)  # fmt: skip
def test_a_city_with_no_flight_at_it_stays_the_city(text: str, surface: str) -> None:
    assert not any(entity.endswith("airport") for found, entity in _links(text) if found == surface)


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        ("For the third day running, airline dispatchers in Taipei, Hong Kong, Tokyo and Seoul "
         "spent Saturday redrawing flight plans.", "Seoul", "seoul"),
        ("For the third day running, airline dispatchers in Taipei, Hong Kong, Tokyo and Seoul "
         "spent Saturday redrawing flight plans.", "Tokyo", "tokyo"),
        ("MARKETS AT A GLANCE (Saturday, 2 p.m. Taipei)\n- BTC: $11,080 (+0.6%)", "Taipei",
         "taipei"),
        ("Tokyo crypto desks: Taiwan drill jitters fade as PLA count drops to 25", "Tokyo",
         "tokyo"),
        ("Senkaku: 4 CCG ships still in Japanese waters; Tokyo exchanges note muted reaction",
         "Tokyo", "tokyo"),
        ("Sirens, shutters and a manga handbook: Taipei's comic shops sit out an air-raid drill",
         "Taipei", "taipei"),
        ("Tour agencies in Osaka have started selling otaku tours of Taipei this spring.",
         "Taipei", "taipei"),
        ("Police said Tokyo's Shibuya asked cosplayers, for the second year running, to stay "
         "away.", "Tokyo", "tokyo"),
        # a body whose name ends in Administration is seated in the city, no government
        ("The Coast Guard Administration in Taipei has counted more than 80 incursions.",
         "Taipei", "taipei"),
    ],
)  # fmt: skip
def test_a_capital_is_the_city_in_a_list_under_in_on_its_clock_and_in_its_markets(
    text: str, surface: str, city: str
) -> None:
    assert (surface, city, "name") in _kinds(text)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Sixty-six years later, a new administration in Washington is four days old.",
         "Washington", "united-states"),
        ("Diplomats say the leadership in Beijing has not decided how to answer.",
         "Beijing", "china"),
        ("The patrol passed at 10 a.m. Tokyo protested through diplomatic channels.",
         "Tokyo", "japan"),
        ("Beijing's Japan travel warning ripples through cruise and ferry trade", "Beijing",
         "china"),
        ('"In 1996 the information arrived by telephone from Washington," the archivist said.',
         "Washington", "united-states"),
        ("Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo regards exchanges between local "
         "governments as a matter for them.", "Tokyo", "japan"),
    ],
)  # fmt: skip
def test_a_government_seated_in_its_capital_is_the_country(
    text: str, surface: str, country: str
) -> None:
    assert (surface, country, "capital") in _kinds(text)


def test_a_carrier_after_the_with_a_verb_of_its_own_is_the_ship() -> None:
    text = (
        "The Liaoning was spotted near Minamitorishima, while the Shandong operated southeast "
        "of Okinotori."
    )
    assert ("Shandong", "shandong-carrier") in _links(text)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("The Civil Aeronautics Administration asked crews to report balloons in the Taipei FIR.",
         "Taipei FIR", "taipei-fir"),
        ("Our flights to Naha leave the Taipei Flight Information Region for the Fukuoka FIR.",
         "Fukuoka FIR", "fukuoka-fir"),
        ("China said it would cancel the offset measure on M503 from Feb. 1.", "M503",
         "m503-route"),
        ("TraderTraitor is tracked by researchers as Jade Sleet and UNC4899.", "Jade Sleet",
         "tradertraitor"),
        ("TraderTraitor is tracked by researchers as Jade Sleet and UNC4899.", "UNC4899",
         "tradertraitor"),
    ],
)  # fmt: skip
def test_trade_press_names_link_to_what_they_name(text: str, surface: str, expected: str) -> None:
    assert (surface, expected) in _links(text)


@pytest.mark.parametrize(
    ("text", "home", "surface", "expected"),
    [
        ("民航局表示，氣球進入台北飛航情報區。", "taiwan", "台北飛航情報區", "taipei-fir"),
        ("中国民航局宣布取消M503航线偏置措施。", "china", "M503航线", "m503-route"),
        ("気球が台北飛行情報区に入った。", "japan", "台北飛行情報区", "taipei-fir"),
    ],
)  # fmt: skip
def test_the_flight_regions_and_the_route_link_in_japanese_and_chinese(
    text: str, home: str, surface: str, expected: str
) -> None:
    assert (surface, expected) in cjk_links(text, home)


def test_an_airlines_cargo_arm_is_the_airline() -> None:
    """linkAB: "China Airlines Cargo" is the airline's freight arm, linked as the airline."""
    text = "Rates have not moved, said a spokeswoman for China Airlines Cargo."
    assert ("China Airlines", "china-airlines") in _links(text)
