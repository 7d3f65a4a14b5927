"""What the article around a name decides, on sentences written for these tests: a head of
government named by family name before or after the term ("the Lai transit" of 2023), a
generic body beside a person of known country, a force's possessive, a section label over a
title, a letter's sign-off, a Taitung dateline and initials listed beside a company."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import mentions


def links(text: str, published: str = "2025-06-02") -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Risk monitor: weekend drills after the Lai transit\n\n"
            "Taiwan's MND said it detected 42 PLA aircraft on Saturday.",
            "2023-08-21",
            ("Lai", "lai-ching-te"),
        ),
        (
            "US election in a week: our base case remains a Biden win, which we see as "
            "mildly positive for Asian exporters.",
            "2020-10-27",
            ("Biden", "joe-biden"),
        ),
    ],
)
def test_a_head_named_alone_outside_the_term_is_that_head(
    text: str, published: str, expected: tuple[str, str]
) -> None:
    assert expected in links(text, published)


def test_a_namesake_in_full_keeps_the_family_name() -> None:
    text = "Jimmy Lai appeared in court in Hong Kong. Lai, 77, pleaded not guilty, Taiwan said."
    assert ("Lai", "lai-ching-te") not in links(text, "2023-08-21")


def test_a_person_of_known_country_places_the_body_beside_him() -> None:
    text = (
        "Legislative Speaker Han Kuo-yu opened the session with a call for calm. "
        "President Lai Ching-te received the delegations at the Presidential Office on Tuesday."
    )
    assert ("Presidential Office", "taiwan-presidential-office") in links(text)


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["fired 11 Dongfeng missiles", "launched a drill", "was put on alert"]))
def test_a_forces_possessive_gives_its_branch_a_country(clause: str) -> None:
    text = f"Taiwan's Ministry of National Defense said the PLA's Rocket Force {clause} on Friday."
    assert ("Rocket Force", "plarf") in links(text)


def test_a_section_label_over_the_title_is_no_dateline() -> None:
    text = (
        "ASIA/TAIWAN - Lunar New Year prayers as Chinese fighters fly again\n\n"
        "Taipei (Agenzia Fides) - As Catholic communities in Taiwan prepare for the holiday, "
        "parishes in Taipei opened their doors."
    )
    assert ("Taipei", "taipei") in links(text)
    assert ("Taipei", "taiwan") not in links(text)


def test_a_letters_sign_off_ends_with_its_city() -> None:
    text = (
        "We see the risk of a blockade as low.\n\n"
        "With our thanks and best wishes for the new year,\n"
        "The Portfolio Management Team, Formosa Harbour Fund, Taipei"
    )
    assert ("Taipei", "taipei") in links(text)


def test_a_capital_that_acts_after_a_comma_stays_the_government() -> None:
    text = "The sanctions drew a protest from the Chinese Embassy, Taipei said on Monday."
    assert ("Taipei", "taiwan") in links(text)


def test_a_taitung_dateline_makes_the_bare_service_taiwans() -> None:
    text = (
        "TAITUNG (CNA) — Churches near Zhihang Air Base opened their halls to soldiers.\n\n"
        "The Air Force moved six F-16V fighters to the base on Monday."
    )
    assert ("Air Force", "roc-air-force") in links(text)


@pytest.mark.parametrize("join", [", ", " and "])
def test_initials_listed_beside_a_company_are_the_company(join: str) -> None:
    text = f"Taiwan quasi-sovereign dollar paper (Taipower{join}CPC) was unchanged on the day."
    found = links(text)
    assert ("CPC", "cpc-corp") in found
    assert ("Taipower", "taipower") in found


def test_initials_listed_beside_a_party_stay_the_party() -> None:
    text = "Delegates of the KMT and CPC met in Xiamen on Monday, Beijing said."
    assert ("CPC", "ccp") in links(text)
