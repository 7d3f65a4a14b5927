"""Capitals, bodies and names as the stationery, recycling, bakery and coatings press write them
(blind-136 and blind-137), on sentences written for these tests: travellers sent on to a list
of capitals go to the cities, a state's licences come from its government and a speaker's
statement from where the speaker is, ships handed over go to a government, a city's rubbish
and a show the body names are the city's, a headline's verb in "-s" names no event, a
ministry placed in a country is that country's, "He" inside a sentence is He Lifeng, a firm
"of" its city is two names, a quotation opening on "People in Tokyo" names the city, and an
outlet's, two airports' and Guam's bases' usual names are in the knowledge base."""

import pytest
from linking_helpers import assert_links, linked_surfaces, mentions


@pytest.mark.parametrize(
    "text",
    [
        "Chinese travel agencies said they had rerouted groups to Seoul and Bangkok.",
        "The trade mission moves on to Seoul and Bangkok later this week.",
    ],
)
def test_travellers_sent_on_to_a_list_of_capitals_go_to_the_cities(text: str) -> None:
    assert_links(text, {"Seoul": ("seoul", "name"), "Bangkok": ("bangkok", "name")})


def test_what_is_sent_to_a_list_of_capitals_still_goes_to_governments() -> None:
    text = "The ministry sent protests to Seoul and Bangkok on Monday."
    assert_links(text, {"Seoul": ("south-korea", "capital"), "Bangkok": ("thailand", "capital")})


def test_a_licence_comes_from_a_government() -> None:
    text = "Several of those products needed export licences from Washington last year."
    assert_links(text, {"Washington": ("united-states", "capital")})


def test_a_speakers_statement_comes_from_where_the_speaker_is() -> None:
    text = "Pete Hegseth said in a statement from Washington that the deal helps deterrence."
    assert_links(text, {"Washington": ("washington", "name")})


def test_a_statement_from_a_capital_with_no_speaker_is_the_governments() -> None:
    text = "A statement from Washington welcomed the deal."
    assert_links(text, {"Washington": ("united-states", "capital")})


@pytest.mark.parametrize(
    "text",
    [
        "Japan will inspect six destroyer escorts that Tokyo is considering transferring to "
        "Manila, the two governments said.",
        "Beijing warns Tokyo over warship transfer to Manila",
    ],
)
def test_ships_handed_over_go_to_a_government(text: str) -> None:
    assert_links(text, {"Manila": ("philippines", "capital")})


def test_a_person_transferred_to_a_capital_goes_to_the_city() -> None:
    text = "Staff transferred to Manila from Osaka said they liked the city."
    assert_links(text, {"Manila": ("manila", "name")})


@pytest.mark.parametrize(
    "text",
    [
        "Taipei's rubbish becomes a campaign issue as the mayoral race heats up.",
        "Officials note that Taipei's per-capita waste is among the lowest in the country.",
        "Taipei garbage crews drill for air raids.",
    ],
)
def test_a_capitals_rubbish_is_the_citys(text: str) -> None:
    assert_links(text, {"Taipei": ("taipei", "name")})


@pytest.mark.parametrize(
    "text",
    [
        "Recyclers said Beijing's waste import ban had cut their sales.",
        "Recyclers fear Beijing's ban on waste imports.",
        "Analysts asked whether Beijing would waste its chance.",
    ],
)
def test_a_governments_rule_on_waste_stays_the_governments(text: str) -> None:
    assert_links(text, {"Beijing": ("china", "capital")})


def test_a_headlines_show_the_body_names_is_the_citys() -> None:
    text = (
        "Taipei coatings show draws record Japanese turnout\n\n"
        "More than 40 Japanese exhibitors took stands at the Asia Coatings Show this week."
    )
    assert_links(text, {"Taipei": ("taipei", "name")})


def test_a_plural_before_show_with_no_show_named_is_a_verbs_subject() -> None:
    text = "Taipei data show exports rising\n\nExports rose for a fifth month, officials said."
    assert_links(text, {"Taipei": ("taiwan", "capital")})


def test_a_headlines_verb_in_s_names_no_event() -> None:
    text = (
        "Beijing blacklists Taiwanese notebook maker over donations\n\n"
        "The Taiwan Affairs Office added a notebook maker to its list on Tuesday."
    )
    assert_links(text, {"Beijing": ("china", "capital")})


def test_a_ministry_placed_in_a_country_is_that_countrys() -> None:
    text = (
        "TOKYO (Asia Scrap Review) — Japanese recyclers are worried. The Foreign Ministry "
        "spokesperson in China, Mao Ning, did not deny the link."
    )
    assert_links(text, {"Foreign Ministry": ("china-mfa", "name")})


def test_he_inside_a_sentence_is_the_person_named_he() -> None:
    text = (
        "Vice Premier He Lifeng welcomed the deal. Scott Bessent, who led the talks with He in "
        "Kuala Lumpur, called it a signal. He said more would follow."
    )
    found = [(m.entity_id, m.start) for m in mentions(text) if m.text == "He"]
    assert found == [("he-lifeng", text.index("with He") + 5)]


def test_a_firm_of_its_city_is_the_firm_and_the_city() -> None:
    text = (
        "The joint venture, between Hsin Jing Environmental and Kyushu Eco Chemical of "
        "Fukuoka, will cost 9 billion yen. Kyushu Eco Chemical will supply the site."
    )
    found = linked_surfaces(text)
    assert found["Fukuoka"] == ("fukuoka", "name")
    assert "Kyushu Eco Chemical of Fukuoka" not in found


def test_a_body_of_a_country_shortened_later_stays_one_name() -> None:
    text = (
        "Volunteers from the Wild Bird Society of Japan counted the cranes. The Wild Bird "
        "Society said numbers were up."
    )
    assert "Japan" not in linked_surfaces(text)


def test_a_name_with_its_place_written_whole_stays_one_name() -> None:
    text = "The Development Bank of Japan lent 5 billion yen to the plant."
    assert "Japan" not in linked_surfaces(text)


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("The People's Liberation Army Daily accused Tokyo of reviving militarism.",
         "People's Liberation Army Daily", "pla-daily"),
        ("Sales at airport shops at Narita and Kansai International fell 18 percent.",
         "Kansai International", "kansai-airport"),
    ],
)  # fmt: skip
def test_usual_names_of_outlets_and_airports(text: str, surface: str, entity: str) -> None:
    assert_links(text, {surface: (entity, "name")})


def test_a_quotation_opening_on_people_in_a_city_names_the_city() -> None:
    text = (
        'The PLA drilled around Taiwan in 2024.\n\n"People in Tokyo sometimes think Taiwan is '
        'about to explode," said a buyer from a Nagoya stationery wholesaler.'
    )
    found = linked_surfaces(text)
    assert found["Tokyo"] == ("tokyo", "name")
    assert "People in Tokyo" not in found


def test_guams_bases_are_in_the_knowledge_base() -> None:
    text = (
        "About 100 Marines moved to Marine Corps Base Camp Blaz on Guam. Camp Blaz is still "
        "being built, and B-52 bombers flew from Andersen Air Force Base."
    )
    assert_links(
        text,
        {
            "Marine Corps Base Camp Blaz": ("camp-blaz", "name"),
            "Camp Blaz": ("camp-blaz", "name"),
            "Andersen Air Force Base": ("andersen-air-force-base", "name"),
        },
    )
