"""Optics, cosmetics, pest-control and laundry trade copy, from the real pipeline: a capital
before what its shops sell or inside its possessive's shop compound, a capital owning a state's
list or one of its own bodies, a police agency named by the police before it, a bare "Marine"
and an island's older spelling.

Each case is a shape blind-134 and blind-135 showed monitor reading wrongly, in sentences
written for these tests.
"""

import pytest

from tests.linking_helpers import mentions


def links_of(text: str, surface: str) -> list[str]:
    return [m.entity_id for m in mentions(text) if m.text == surface]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # what a city's shops sell, counted as sales, is the city's market
        ("Golden Week tourists lift Seoul handbag sales", "Seoul", "seoul"),
        ("Taipei winter sales hold up despite the rain", "Taipei", "taipei"),
        # a singular noun in -s qualifies the sales as any singular does
        ("Buyers from Osaka drove Tokyo lens sales in May.", "Tokyo", "tokyo"),
        # ... but a government sells arms, and a verb's object is no market
        ("Washington arms sales anger Beijing", "Washington", "united-states"),
        ("The row began after Washington approved sales of drones.", "Washington", "united-states"),
        # a hyphened compound before the shop is one modifier of it
        ("Buyers have vanished from Tokyo's duty-free stores, staff say.", "Tokyo", "tokyo"),
        # a state's list or law is the government's, not the city's
        (
            "Two drone makers are already on Washington's Entity List.",
            "Washington",
            "united-states",
        ),
        # a capital owning its own state's body opens a clause, not a list with the island
        (
            "Patrols now run around Matsu and Beijing's maritime militia lingers off Pratas.",
            "Beijing",
            "china",
        ),
    ],
)
def test_capital_in_trade_copy(text: str, surface: str, expected: str) -> None:
    assert expected in links_of(text, surface)


def test_police_agency_is_the_country_whose_police_the_story_names() -> None:
    text = (
        "Japanese police said on Monday that a phishing ring had targeted a skincare chain. "
        "The National Police Agency said the group used servers abroad."
    )
    assert links_of(text, "National Police Agency") == ["japan-npa"]


def test_police_of_two_countries_decide_nothing() -> None:
    text = (
        "Japanese police and Taiwanese police shared data on the ring. "
        "The National Police Agency said more arrests were likely."
    )
    assert links_of(text, "National Police Agency") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HAGÅTÑA, Guam — Crews at Andersen Air Force Base will check cargo bound for the "
            "new Marine camp in the north. About 5,000 Marines are to move there.",
            ["usmc"],
        ),
        (
            "Okinawa's governor has long asked for a smaller Marine presence on the island, "
            "where most US Marines in Japan are based.",
            ["usmc"],
        ),
        # the singular alone names no country's corps: the article must name one
        ("Supplies reached the reef outpost and its small Marine detachment on Sunday.", []),
        # a sentence's own capital, before no word of the corps, is of the sea
        (
            "Marine insurers in London raised rates for ships calling at Kaohsiung. Analysts "
            "said US Marines had no role in the drills.",
            [],
        ),
        ("PINGTUNG — Marine biologists released a green turtle. No Marines took part.", []),
        # a word of a longer name the model missed
        ("The survey was run by Hualien Marine, a ferry operator, not the Marines.", []),
    ],
)
def test_bare_marine(text: str, expected: list[str]) -> None:
    assert links_of(text, "Marine") == expected


@pytest.mark.parametrize(
    "text",
    [
        "NEC won the repair contract over SB Submarine Systems and Huawei Marine, whose ships "
        "are based in Tianjin. US Marines on Guam were not involved.",
        "Before it was renamed, Huawei Marine laid two cables to the Matsu islands.",
    ],
)
def test_a_firms_name_ending_in_a_services_word_is_not_cut(text: str) -> None:
    """A firm the knowledge base knows, followed by a word that alone is a service's generic
    form, is the firm's longer name: no bare marine corps, and no link of the whole to Huawei."""
    found = [(m.text, m.entity_id) for m in mentions(text)]
    assert ("Marine", "usmc") not in found
    assert not any(m == "Marine" for m, _ in found)
    assert ("Huawei", "huawei") not in found


def test_a_countrys_name_before_a_services_word_is_its_service() -> None:
    text = "The Taiwan Navy sent two frigates to escort the convoy near Penghu on Monday."
    assert links_of(text, "Taiwan Navy") == ["roc-navy"]


def test_a_places_name_before_a_services_word_leaves_the_service() -> None:
    text = "Okinawa Marines leave for Guam\n\nAbout 300 Marines boarded a flight at Kadena."
    assert links_of(text, "Marines") == ["usmc", "usmc"]


def test_lieyu_in_its_wade_giles_spelling() -> None:
    text = "The boat was stopped two nautical miles off Liehyu on Tuesday, the coast guard said."
    assert links_of(text, "Liehyu") == ["lieyu"]


# Older shapes left from blind-101 to blind-132 and the wire articles.


def test_ministry_a_speaker_of_one_nationality_reports_on_is_her_governments() -> None:
    text = (
        "OSAKA — Taiwanese lawmaker Chen Yu-ling, a former paramedic, said the Ministry of "
        "National Defense would train reservists as stretcher bearers."
    )
    assert links_of(text, "Ministry of National Defense") == ["taiwan-mnd"]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # what is measured in a city is the city's, in a headline with no verb
        ("Seoul smog at its worst since 2019", "Seoul", "seoul"),
        ("Tokyo rents climb for a ninth month", "Tokyo", "tokyo"),
        # a section label's bar, then an item's dateline in capitals
        (
            "Hotels fill up as the season opens Travel | Brief SEOUL — Bookings from Taiwan rose.",
            "SEOUL",
            "seoul",
        ),
    ],
)
def test_capital_is_the_city(text: str, surface: str, expected: str) -> None:
    assert links_of(text, surface) == [expected]


def test_family_name_the_model_takes_for_a_place_is_the_person() -> None:
    text = (
        '"The reef is still busy," said Kenta Higa, who runs a dive shop in Onna. '
        "Higa's bookings for March are already full."
    )
    assert links_of(text, "Higa") == links_of(text, "Kenta Higa")
