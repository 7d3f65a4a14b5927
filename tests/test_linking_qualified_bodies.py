"""A country word that only says whose a body is ("U.S." in "U.S. House"), a city that is its
island's one municipality, names a list runs together, and a body's bare name the article's
country decides: what a reader of wire copy and fact-checks expects each to name."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import mentions

from monitor.nlp.joined_names import JOINS


def links(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.entity_id) for m in mentions(text, "2025-10-01")}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("after President Tsai met U.S. House Speaker Kevin McCarthy", ("U.S. House", "us-house")),
        ("The US State Department urged restraint.", ("US State Department", "us-state-department")),
        ("where most of the U.S. military presence in Japan is", ("U.S. military", "us-armed-forces")),
    ],
)  # fmt: skip
def test_a_country_qualifying_a_body_is_a_mention_of_the_country(
    sentence: str, body: tuple[str, str]
) -> None:
    """The article names the United States nowhere else, and it is named all the same."""
    found = links(f"China staged drills around the island {sentence}.")
    assert body in found
    assert (body[0].split()[0], "united-states") in found


@pytest.mark.parametrize(
    ("name", "entity"),
    [
        ("US Navy", "us-navy"),
        ("Japan Coast Guard", "japan-coast-guard"),
        ("U.S. Indo-Pacific Command", "indopacom"),
        ("Japan Maritime Self-Defense Force", "jmsdf"),
        ("Japan Meteorological Agency", "japan-meteorological-agency"),
    ],
)
def test_a_country_that_is_a_word_of_the_name_is_not_read_apart(name: str, entity: str) -> None:
    """A service's designation, or a body that goes by no shorter name, keeps its country."""
    found = links(f"Officials at the {name} declined to comment on Tuesday.")
    assert (name, entity) in found
    assert not any(text == name.split()[0] for text, _ in found)


def test_ishigaki_city_is_the_island_it_governs() -> None:
    found = links(
        "ISHIGAKI, Okinawa — Ishigaki City held an evacuation drill on Sunday. Ishigaki's "
        "mayor said the city would repeat it."
    )
    assert ("Ishigaki City", "ishigaki") in found and ("Ishigaki", "ishigaki") in found


@pytest.mark.parametrize(
    "text",
    [
        "A video on Threads and Facebook says China Coast Guard officers boarded a boat.",
        "A 48-second clip circulating on Douyin and Facebook shows the prime minister.",
        "A video shared on Facebook and YouTube claims to show Chinese fighter jets.",
    ],
)
def test_a_platform_listed_beside_another_is_named(text: str) -> None:
    assert ("Facebook", "meta") in links(text)


@settings(max_examples=15, deadline=None)
@given(
    other=st.sampled_from(["Threads", "Douyin", "Weibo", "LINE", "PTT"]),
    join=st.sampled_from(sorted(JOINS - {","})),
    first=st.booleans(),
)
def test_an_entity_joined_to_any_other_name_stays_itself(
    other: str, join: str, first: bool
) -> None:
    listed = f"Facebook {join} {other}" if first else f"{other} {join} Facebook"
    assert ("Facebook", "meta") in links(f"Posts on {listed} made the claim on Monday.")


def test_a_name_with_and_inside_it_stays_one() -> None:
    """A generic body's name opening a longer name joins no list: New Zealand's ministry."""
    found = links(
        "WELLINGTON — The Ministry of Foreign Affairs and Trade said on Monday it had "
        "summoned the envoy."
    )
    assert not any(text == "Trade" for text, _ in found)
    assert any(text.endswith("Ministry of Foreign Affairs and Trade") for text, _ in found)


def test_the_prime_ministers_office_in_a_japanese_story_is_japans() -> None:
    found = links(
        "TOKYO (Kyodo) -- Prime Minister Shigeru Ishiba met reporters at the Prime Minister's "
        "Office on Monday."
    )
    assert ("Prime Minister's Office", "prime-minister-s-office-of-japan") in found
