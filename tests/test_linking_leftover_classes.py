"""Classes of English linking earlier rounds left, from the real pipeline: a capital where a
decision is made is its government; a list of capitals a place's preposition opens is a list of
cities; a preposition before a carrier's namesake makes it the province; a peninsula is named
again by its short form; Taiwan's finance ministry, its civil aviation authority's "CAA" and
Bangkok are decided by the article; a bare "IDF" is Taiwan's fighter only in an article about
Taiwan's air force.

Each case is written for these tests in the shapes the blind sets showed monitor reading wrongly.
"""

import pytest

from tests.linking_helpers import assert_links, linked_surfaces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the capital that decides is the government
        ("Exporters are learning which policies respond to a political decision in Beijing.",
         {"Beijing": ("china", "capital")}),
        ("Stockpiles are the only hedge against a decision made in Beijing.",
         {"Beijing": ("china", "capital")}),
        ("Airlines will wait for the decisions taken in Tokyo before changing routes.",
         {"Tokyo": ("japan", "capital")}),
        ("Whatever is decided in Washington will reach the island within days.",
         {"Washington": ("united-states", "capital")}),
        # a city hosts talks and courts: still the city
        ("Talks in Beijing ended without a statement.", {"Beijing": ("beijing", "name")}),
        ("The court decided in Tokyo that the suit could go ahead.",
         {"Tokyo": ("tokyo", "name")}),
        # "decided" opening the text has no word before it (not the text's last, "was")
        ("Decided in Tokyo, the festival line-up was", {"Tokyo": ("tokyo", "name")}),
    ],
)  # fmt: skip
def test_a_capital_where_a_decision_is_made(
    text: str, expected: dict[str, tuple[str, str] | None]
) -> None:
    assert_links(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition of place governs every capital of its list
        ("Restaurants in Tokyo and Taipei are still full!",
         {"Tokyo": ("tokyo", "name"), "Taipei": ("taipei", "name")}),
        ("Organisers in Taipei, Tokyo and Seoul now plan around the drills.",
         {"Taipei": ("taipei", "name"), "Tokyo": ("tokyo", "name"), "Seoul": ("seoul", "name")}),
        ("Flights to Taipei, Tokyo and Seoul were cancelled on Monday.",
         {"Taipei": ("taipei", "name"), "Tokyo": ("tokyo", "name"), "Seoul": ("seoul", "name")}),
        # a government's people placed there, a list addressed or pressed on: the governments
        ("Officials in Tokyo and Washington have pressed Taipei to spend more.",
         {"Tokyo": ("japan", "capital"), "Washington": ("united-states", "capital")}),
        ("Yet politicians in Washington and Tokyo have chosen to keep adding fuel to the fire.",
         {"Washington": ("united-states", "capital"), "Tokyo": ("japan", "capital")}),
        ("Beijing protested to Tokyo and Seoul over the statement.",
         {"Tokyo": ("japan", "capital"), "Seoul": ("south-korea", "capital")}),
        ("Pressure from Beijing and Moscow grew after the vote.",
         {"Beijing": ("china", "capital"), "Moscow": ("russia", "capital")}),
        ("Tokyo and Canberra signed the pact on Friday.",
         {"Tokyo": ("japan", "capital"), "Canberra": ("australia", "capital")}),
    ],
)  # fmt: skip
def test_capitals_listed_after_a_place_word(
    text: str, expected: dict[str, tuple[str, str] | None]
) -> None:
    assert_links(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The median line runs along the axis of the strait between Fujian and Taiwan.",
         {"Fujian": ("fujian", "name")}),
        ("Fishing fleets work the coast opposite Fujian every spring.",
         {"Fujian": ("fujian", "name")}),
        ("Drills were held in the waters off Shandong this week.",
         {"Shandong": ("shandong", "name")}),
        # the ships keep their names
        ("The carrier Fujian sailed through the Taiwan Strait on Tuesday.",
         {"carrier Fujian": ("fujian-carrier", "name")}),
        ("J-15 fighters took off from the Shandong on Monday.",
         {"Shandong": ("shandong-carrier", "name")}),
    ],
)  # fmt: skip
def test_a_preposition_before_a_carriers_namesake(
    text: str, expected: dict[str, tuple[str, str] | None]
) -> None:
    assert_links(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cutters from Japan and Taiwan trained off the Boso Peninsula in Chiba. The drill off "
         "Boso lasted three hours.", {"Boso": ("boso-peninsula", "name")}),
        ("Rescuers reached the Noto Peninsula on Tuesday. Roads on Noto stayed closed.",
         {"Noto": ("noto-peninsula", "name")}),
        # a nationality word is never a peninsula's short form
        ("Missiles flew over the Korean Peninsula. Korean officials said little.",
         {"Korean": ("south-korea", "demonym")}),
    ],
)  # fmt: skip
def test_a_peninsula_named_again_by_its_short_form(
    text: str, expected: dict[str, tuple[str, str] | None]
) -> None:
    assert_links(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TAIPEI (CNA) — The Ministry of Finance said exports rose 34% in November.",
         {"Ministry of Finance": ("taiwan-mof", "name")}),
        ("Taiwan's legislature urged the Ministry of Finance to open tax talks with Washington.",
         {"Ministry of Finance": ("taiwan-mof", "name")}),
        ("TOKYO (Kyodo) -- The Finance Ministry will scrutinize the request in December.",
         {"Finance Ministry": ("japan-mof", "name")}),
        ("TAIPEI (CNA) — The CAA said 27 flights were rerouted away from the live-fire zones.",
         {"CAA": ("taiwan-caa", "name")}),
        ("Beijing notified Taiwan's Civil Aviation Administration (CAA) of the reservations, a "
         "step the CAA called a breach of ICAO procedures.",
         {"Civil Aviation Administration": ("taiwan-caa", "name"), "CAA": ("taiwan-caa", "name")}),
        # where nothing places it, each form is the ministry writers mean by it
        ("The Finance Ministry said the budget would be balanced.",
         {"Finance Ministry": ("japan-mof", "name")}),
        ("The application will be filed with the Ministry of Finance, the company said.",
         {"Ministry of Finance": ("taiwan-mof", "name")}),
        # a CAA the article does not place stays unlinked
        ("LONDON (Reuters) - The CAA said airlines had been warned.", {"CAA": None}),
    ],
)  # fmt: skip
def test_finance_ministries_and_aviation_authorities(
    text: str, expected: dict[str, tuple[str, str] | None]
) -> None:
    assert_links(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thailand's foreign minister said Bangkok hoped rivalry would not force anyone to "
         "choose sides.", {"Bangkok": ("thailand", "capital")}),
        ("Xi and Kishida met in Bangkok and agreed to set up a defense hotline.",
         {"Bangkok": ("bangkok", "name")}),
        ("Exporters built sales in Taipei, Singapore and Bangkok.",
         {"Bangkok": ("bangkok", "name")}),
        # conventions, like concerts, go to the cities
        ("The island risks losing autumn conventions to Singapore, Seoul and Bangkok.",
         {"Seoul": ("seoul", "name"), "Bangkok": ("bangkok", "name")}),
        # the mainland's romanisation of 連江 is its county, not Matsu
        ("Matsu is Lienchiang County on Taiwan's maps and part of Lianjiang on the mainland's.",
         {"Lianjiang": ("lianjiang-county", "name"), "Lienchiang County": ("matsu", "name")}),
    ],
)  # fmt: skip
def test_bangkok(text: str, expected: dict[str, tuple[str, str] | None]) -> None:
    assert_links(text, expected)


@pytest.mark.parametrize(
    ("text", "fighter"),
    [
        ("TAIPEI (CNA) — KOO: The Air Force has women flying F-16Vs and the IDF. I would rather "
         "not give numbers.", True),
        ("The F-CK-1 Ching-kuo, the IDF to everyone in Taiwan, turns up on several stamp sets.",
         True),
        ("The IDF said its troops had entered the town on Monday.", False),
        ("Taiwan's coast guard said the IDF statement did not concern the island.", False),
    ],
)  # fmt: skip
def test_a_bare_idf(text: str, fighter: bool) -> None:
    assert (linked_surfaces(text).get("IDF", ("", ""))[0] == "f-ck-1") is fighter
