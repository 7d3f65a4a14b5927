"""Capitals, bodies and names as the vending, glassware, drugstore and cleaning-trade press write
them (blind-140 and blind-141), on passages written for these tests: a capital's vending machines,
kiosks and operators are the city's, and so is a think tank of its country its possessive owns; a
date under "in" is no place in a list; a paragraph's scene ends where a sentence opens on another
country's body; a side phrase closing a list of bodies names their country; a nationality word
opens an unknown body's name after a leading article; a country's possessive before the rest of
a body's name is the body; a given name alone is the person named so; a firm's seat after "of"
is the place."""

import pytest
from linking_helpers import assert_links, mentions


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Seoul's vending operators say new card readers take nine months to arrive.", "Seoul"),
        ("Most drink sales in Tokyo's machines were cashless last year.", "Tokyo"),
        ("A typhoon drill turned Taipei's ticket kiosks into water points.", "Taipei"),
        ("Heat waves emptied Taipei's vending machines by noon on Sunday.", "Taipei"),
    ],
)
def test_a_capitals_machines_kiosks_and_operators_are_the_citys(text: str, capital: str) -> None:
    assert_links(text, {capital: (capital.lower(), "name")})


def test_a_think_tank_a_capitals_possessive_owns_sits_in_the_city() -> None:
    text = (
        "Washington's Center for Strategic and International Studies modelled a blockade, "
        "while Tokyo's Defense Ministry declined to comment."
    )
    assert_links(text, {"Washington": ("washington", "name"), "Tokyo": ("japan", "capital")})


def test_a_month_under_in_is_no_place_listed_with_the_capital_after_it() -> None:
    text = (
        "The central bank trimmed its lending rate in October and Beijing has promised more "
        "help for developers, but brokers in Hebei saw no new orders."
    )
    assert_links(text, {"Beijing": ("china", "capital")})


def test_a_scene_set_in_beijing_ends_where_a_taiwanese_party_opens_a_sentence() -> None:
    text = (
        "TAIPEI (CNA) — Taiwan's pharmacies will keep more insulin under a plan approved on "
        "Friday.\n\n"
        "In Beijing, a Taiwan Affairs Office spokesperson called the plan a stunt. Kuomintang "
        "lawmakers backed the stockpile but asked why the Cabinet had not costed it."
    )
    assert_links(text, {"Cabinet": ("executive-yuan", "name")})


def test_a_side_phrase_closing_a_list_of_bodies_names_their_country() -> None:
    text = (
        "TOKYO/TAIPEI (Kyodo) — The pact covers the Japan Coast Guard on the Japanese side, and "
        "the Ministry of Health and Welfare and the Centers for Disease Control on the "
        "Taiwanese side."
    )
    assert_links(
        text, {"Ministry of Health and Welfare": ("taiwan-ministry-of-health-and-welfare", "name")}
    )


def test_a_side_phrase_before_a_body_still_opens_its_side() -> None:
    text = (
        "TOKYO (Kyodo) — On the Taiwanese side, the Ministry of Health and Welfare will share "
        "shortage alerts within three days."
    )
    assert_links(
        text, {"Ministry of Health and Welfare": ("taiwan-ministry-of-health-and-welfare", "name")}
    )


def test_a_nationality_word_after_a_leading_article_opens_an_unknown_bodys_name() -> None:
    text = (
        "MANILA (AP) — The Philippine Department of Agriculture said it would inspect the "
        "shipments. The Vietnamese Ministry of Industry said nothing."
    )
    found = {(m.text, m.entity_id, m.kind) for m in mentions(text)}
    assert ("Philippine", "philippines", "demonym") in found
    assert ("Vietnamese", "vietnam", "demonym") in found


def test_a_countrys_possessive_before_the_rest_of_a_bodys_name_is_the_body() -> None:
    text = (
        "Taiwan and Japan will link their quake alerts: Japan's Meteorological Agency will send "
        "data to Taiwan's weather bureau within seconds."
    )
    assert_links(text, {"Meteorological Agency": ("japan-meteorological-agency", "name")})


def test_a_hyphened_given_name_alone_is_the_person_named_so() -> None:
    text = (
        "President Lai Ching-te toured the plant on Tuesday. Staff had hung a banner reading "
        '"Welcome back, Ching-te" over the gate.'
    )
    assert_links(text, {"Ching-te": ("lai-ching-te", "name")})


def test_a_firms_seat_after_of_is_the_place_and_the_bank_of_a_country_stays_whole() -> None:
    text = (
        "Naniwa will set up a joint venture with Jade River Chemical of Kaohsiung, its banks "
        "said, and will borrow from the Development Bank of Japan."
    )
    found = {(m.text, m.entity_id) for m in mentions(text)}
    assert ("Kaohsiung", "kaohsiung") in found
    assert ("Japan", "japan") not in found


def test_taiwans_office_in_vilnius_is_named_without_its_city() -> None:
    text = (
        "VILNIUS (BNS) — Lithuanian chipmakers will visit the Taiwanese Representative Office's "
        "partners in Hsinchu next month."
    )
    assert_links(text, {"Taiwanese Representative Office": ("taiwan-office-lithuania", "name")})


def test_an_unknown_embassys_nationality_word_is_the_embassys_name() -> None:
    # Writers label "Chinese Embassy" whole; the word opening it names no country of its own.
    text = (
        "The actor was granted a visa for treatment in Osaka in 2001, over loud protests from "
        "the Chinese Embassy."
    )
    assert "Chinese" not in {m.text for m in mentions(text)}
