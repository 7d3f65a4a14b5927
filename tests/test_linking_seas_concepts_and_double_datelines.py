"""The sea's other English name ("Japan Sea"), Beijing's "one China" as its principle, and the
second place of a story filed from two places, which is where it was written, not an actor."""

import pytest

from tests.linking_helpers import mentions


def _links(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions(text) if m.in_kb]


def test_the_japan_sea_is_the_sea_of_japan() -> None:
    text = "Ferries along the Japan Sea coast kept running after the missile test, Niigata said."
    assert ("Japan Sea", "sea-of-japan") in _links(text)


@pytest.mark.parametrize(
    "text",
    [
        "Critics say the opposition's trip amounts to endorsing Beijing's \"one China\" narrative.",
        "The mayor was careful not to echo China's one China line during the visit.",
    ],
)
def test_one_china_owned_by_beijing_is_its_principle_not_the_country(text: str) -> None:
    found = mentions(text)
    (concept,) = [m for m in found if m.text == "one China"]
    assert concept.entity_id == "one-china-principle"
    inside = [m for m in found if concept.start <= m.start < concept.end and m is not concept]
    assert inside == []  # its "China" is no mention of the country


def test_a_countrys_one_china_policy_keeps_its_own_name() -> None:
    text = "Manila reaffirmed its one China policy after the coast guard talks."
    assert ("one China policy", "one-china-policy") in _links(text)


def test_the_second_place_of_a_two_place_dateline_is_the_city() -> None:
    text = (
        "SAN DIEGO, California / TAIPEI — Taiwanese drone makers showed their wares at a trade "
        "fair this week, and the Ministry of Economic Affairs said orders were rising."
    )
    assert ("TAIPEI", "taipei") in _links(text)
    assert ("TAIPEI", "taiwan") not in _links(text)


def test_bashi_alone_is_the_channel() -> None:
    text = "Insurers asked whether carriers on the Bashi route should slow down during the drills."
    assert ("Bashi", "bashi-channel") in _links(text)
