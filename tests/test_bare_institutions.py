"""Institutions named without their country: whose ministry, navy or air force the copy means.

Three rules of English copy decide it where the dateline or the countries around would guess
wrong: a capitalised "the Navy" or "the Air Force" is a service called so, never Japan's
Self-Defense Forces; a body that thanks, urges or watches a country is not that country's; and
a body that voices a capital's reaction ("Taipei declined ..., with the Ministry saying") is
that government's.
"""

import pytest
from linking_helpers import mentions


def links(text: str, surface: str) -> set[str]:
    return {m.entity_id for m in mentions(text, "2025-06-10") if m.text == surface}


@pytest.mark.parametrize(
    ("text", "surface", "meant"),
    [
        (
            "YOKOSUKA — The USS George Washington returned to Fleet Activities Yokosuka on "
            "Friday as the Navy's only forward-deployed aircraft carrier.",
            "Navy",
            "us-navy",
        ),
        (
            'NAHA, Japan — Families at Kadena Air Base said the drills felt familiar. "We did '
            'tornado drills back home," said one Air Force spouse.',
            "Air Force",
            "us-air-force",
        ),
        (
            "NAHA, Okinawa — The Navy and the Ground Self-Defense Force are taking part.",
            "Navy",
            "us-navy",
        ),
        (
            "SASEBO, Japan — Local shipyards hope to win more repair work, but union leaders "
            "want the Navy to keep hiring at its own yard here.",
            "Navy",
            "us-navy",
        ),
    ],
)
def test_a_capitalised_service_in_a_story_from_japan_is_no_self_defense_force(
    text: str, surface: str, meant: str
) -> None:
    in_kb = {found for found in links(text, surface) if ":" not in found}  # "org:navy" is none
    assert not in_kb & {"jmsdf", "jasdf", "jgsdf"}
    assert in_kb <= {meant}


def test_japan_s_navy_written_with_its_owner_is_still_japan_s() -> None:
    text = (
        "TOKYO — Japan's Navy, as the Maritime Self-Defense Force is often called abroad, sailed."
    )
    assert links(text, "Navy") <= {"jmsdf"}


@pytest.mark.parametrize(
    ("text", "surface", "not_meant"),
    [
        (
            "TOKYO — After the earthquake in Hualien, the Ministry of Foreign Affairs thanked "
            "Tokyo within hours for its offer of a rescue team.",
            "Ministry of Foreign Affairs",
            "japan-mofa",
        ),
        (
            "MOFA thanks Japan for quake relief\n\nMOFA sincerely thanks the government and "
            "people of Japan for their donation.",
            "MOFA",
            "japan-mofa",
        ),
        (
            "BEIJING — The Foreign Ministry is trying to persuade Beijing that the new budget "
            "is not aimed at China.",
            "Foreign Ministry",
            "china-mfa",
        ),
        (
            "BEIJING — The Ministry of National Defense said it had detected a joint combat "
            "readiness patrol by the Chinese military, the third this month.",
            "Ministry of National Defense",
            "china-mnd",
        ),
    ],
)
def test_a_body_is_not_the_country_it_addresses_or_watches(
    text: str, surface: str, not_meant: str
) -> None:
    assert not_meant not in links(text, surface)


@pytest.mark.parametrize(
    ("text", "surface", "meant"),
    [
        (
            "BEIJING/TOKYO (CNA) — Beijing warned Tokyo on Monday over the missile plan. Taipei "
            "declined to comment directly, with the Ministry of Foreign Affairs saying only that "
            "it respected Japan's right to self-defense.",
            "Ministry of Foreign Affairs",
            "taiwan-mofa",
        ),
        (
            "BEIJING — Beijing lodged a protest with Tokyo over the missile unit. Taipei also "
            "welcomed the plan. The Ministry of Foreign Affairs said it hoped the region would "
            "stay calm.",
            "Ministry of Foreign Affairs",
            "taiwan-mofa",
        ),
        (
            "Two Chinese coast guard ships entered the waters off the islands on Friday.\n\n"
            "Tokyo lodged a protest through diplomatic channels, the Foreign Ministry said.",
            "Foreign Ministry",
            "japan-mofa",
        ),
    ],
)
def test_a_body_voicing_a_capital_s_reaction_is_that_government_s(
    text: str, surface: str, meant: str
) -> None:
    assert links(text, surface) == {meant}


def test_the_renamed_air_self_defense_force_is_japan_s_air_force() -> None:
    text = (
        "TOKYO (Kyodo) -- The Air Self-Defense Force will be renamed the Air and Space "
        "Self-Defense Force next year."
    )
    assert links(text, "Air and Space Self-Defense Force") == {"jasdf"}


@pytest.mark.parametrize(
    ("text", "surface", "not_meant"),
    [
        (  # an action, not a reaction: the ministry reports it
            "China has deployed more than 1,000 ballistic missiles that could reach Taiwan, the "
            "Ministry of National Defense said in a report to the Legislative Yuan.",
            "Ministry of National Defense",
            "china-mnd",
        ),
        (  # the quoted charge names no one addressed
            "Beijing noticed too. Foreign Ministry spokesman Wang Wenbin accused the allies of "
            '"hyping the China threat".',
            "Foreign Ministry",
            "taiwan-mofa",
        ),
        (  # a watching body watches for its own forces, not the forces
            "TOKYO — The Defense Ministry will add analysts to monitor claims about Self-Defense "
            "Force deployments in the southwestern islands.",
            "Defense Ministry",
            "taiwan-mnd",
        ),
    ],
)
def test_what_is_no_address_and_no_reaction(text: str, surface: str, not_meant: str) -> None:
    assert not_meant not in links(text, surface)


def test_a_bare_ministry_beside_one_countrys_own_forces_is_that_countrys() -> None:
    text = (
        "Rookie pilots at the Air Self-Defense Force's Naha base flew 40 sorties, the Defense "
        "Ministry said on Friday."
    )
    assert [m.entity_id for m in mentions(text) if m.text == "Defense Ministry"] == ["japan-mod"]


def test_chinas_forces_beside_a_bare_ministry_decide_nothing() -> None:
    text = "The PLA Navy sailed a carrier past Yonaguni, the Defense Ministry said on Friday."
    assert "china-mnd" not in [m.entity_id for m in mentions(text) if m.text == "Defense Ministry"]


def test_a_bare_ministry_beside_a_nationality_words_forces_is_that_countrys() -> None:
    text = (
        "Chinese fighters shadowed the patrol plane. Taiwanese forces monitored it throughout, "
        "according to the Ministry of National Defense."
    )
    found = [m.entity_id for m in mentions(text) if m.text == "Ministry of National Defense"]
    assert found == ["taiwan-mnd"]


def test_a_bare_ministry_beside_forces_it_supplies_is_not_theirs() -> None:
    text = (
        "Japanese shipyards pitched drones to the foreign ministry, and one partnered with a "
        "firm whose drones serve with Philippine forces."
    )
    found = [m.entity_id for m in mentions(text) if m.text == "foreign ministry"]
    assert "philippine-dfa" not in found


def test_the_ministry_whose_recalled_figures_frame_another_event_is_taiwans() -> None:
    text = (
        "TAICHUNG — Sirens sounded at 1:30 p.m. on Tuesday and traffic stopped for half an hour.\n\n"
        "In Beijing, a Taiwan Affairs Office spokesman called the drill a provocation. The drill "
        "came a day after the Ministry of National Defense reported 25 Chinese military aircraft "
        "and eight ships around the island."
    )
    assert links(text, "Ministry of National Defense") == {"taiwan-mnd"}


@pytest.mark.parametrize(
    ("text", "surface", "meant"),
    [
        (
            "WASHINGTON — The sale was approved on Monday.\n\nTaipei thanked Washington for "
            'the deal and for what the Presidential Office called a "steady friendship".',
            "Presidential Office",
            "taiwan-presidential-office",
        ),
        (
            "WASHINGTON — The deal was signed.\n\nTokyo welcomed the order, what the Foreign "
            'Ministry termed "a sign of trust".',
            "Foreign Ministry",
            "japan-mofa",
        ),
    ],
)
def test_what_a_body_calls_a_thing_voices_its_capitals_reaction(
    text: str, surface: str, meant: str
) -> None:
    """linkAB: a body's "called" or "described as" is its words, as its "said" is."""
    assert links(text, surface) == {meant}
