"""What railway, metro, migrant-worker and lobbying copy names, linked as any reader of the
region's news reads it: the operators of Taiwan's and Japan's metros, the offices of the migrant
workers' countries in Taipei, Taiwan's offices in Washington and Manila by their full names, and
the US Senate of a bare "Senate" in copy that names no other."""

import pytest

from monitor.nlp.gold_ids import gold_id
from monitor.nlp.kb import default_kb
from tests.linking_helpers import cjk_links, mentions


def _linked(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text, "2025-06-18") if m.in_kb}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Taipei Metro will hold station evacuation drills in July, the company said.",
         "Taipei Metro", "taipei-metro"),
        ("Kaohsiung Metro publishes a 'reduced service' plan for the air raid drill.",
         "Kaohsiung Metro", "kaohsiung-metro"),
        ("The Department of Migrant Workers (DMW) said no deployment ban was needed.",
         "Department of Migrant Workers", "philippines-dmw"),
        ("KDEI said Indonesian workers in Taipei should keep their passports at hand.",
         "KDEI", "kdei"),
        ("The Vietnam Economic and Cultural Office in Taipei said the list would be posted.",
         "Vietnam Economic and Cultural Office in Taipei", "veco"),
        ("The Thailand Trade and Economic Office said Thai workers were safe.",
         "Thailand Trade and Economic Office", "tteo"),
        ("Kestrel Public Affairs is registered under FARA as an agent of the Taipei Economic "
         "and Cultural Representative Office in the United States.",
         "Taipei Economic and Cultural Representative Office in the United States", "tecro"),
    ],
)  # fmt: skip
def test_names_of_the_trade_and_community_press_link_to_what_they_name(
    text: str, surface: str, expected: str
) -> None:
    assert _linked(text).get(surface) == expected


def test_an_offices_full_name_is_no_mention_of_the_country_it_serves() -> None:
    text = (
        "Meridian Strait Advisors LLC registered on behalf of the Taipei Economic and Cultural "
        "Representative Office in the United States."
    )
    assert "united-states" not in set(_linked(text).values())


@pytest.mark.parametrize(
    "text",
    [
        "Pacific Deterrence PAC supports House and Senate candidates who vote to fund Taiwan.",
        "A bill introduced in the Senate in February would require think tanks to disclose "
        "foreign donors.",
    ],
)
def test_a_bare_senate_in_copy_that_names_no_other_country_is_the_us_senate(text: str) -> None:
    assert _linked(text).get("Senate") == "us-senate"


def test_a_bare_senate_in_philippine_copy_is_the_philippine_senate() -> None:
    text = "MANILA — The Philippine Senate on Monday passed the bill. The Senate vote was 20-2."
    assert _linked(text).get("Senate") != "us-senate"


@pytest.mark.parametrize(
    ("canonical", "expected"),
    [
        ("Taiwan Council of Agriculture", "taiwan-moa"),
        ("Taiwan Mainland Affairs Council", "mainland-affairs-council"),
        ("Japan Cabinet Secretariat", "japan-cabinet-secretariat"),
        ("Cabinet Secretariat of Japan", "japan-cabinet-secretariat"),
        ("Japan Taiwan Affairs Office", None),  # the office is China's, not Japan's
    ],
)
def test_a_writers_body_led_by_its_country_is_the_knowledge_bases_body(
    canonical: str, expected: str | None
) -> None:
    assert gold_id(canonical, {}, default_kb()) == expected


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("台北駐米経済文化代表処は声明を発表した。", "japan"),
        ("台北駐美經濟文化代表處發表聲明。", "taiwan"),
    ],
)
def test_taiwans_office_in_washington_by_its_cjk_name_is_the_office(text: str, home: str) -> None:
    assert "tecro" in {entity for _, entity in cjk_links(text, home)}
