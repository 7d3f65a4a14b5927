"""A generic body listed beside a body of one government ("the Ministry of Economy, Trade and
Industry and the Ministry of Foreign Affairs") is that government's, whatever the dateline: the
writer let the first name's owner stand for the list."""

import pytest

from tests.linking_helpers import mentions


def _links(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions(text) if m.in_kb]


@pytest.mark.parametrize(
    "text",
    [
        "TAIPEI — The visiting exporters briefed the Ministry of Economy, Trade and Industry and "
        "the Ministry of Foreign Affairs before flying home.",
        "TAIPEI — The trade mission called on the Ministry of Economy, Trade and Industry, the "
        "Ministry of Foreign Affairs and the Cabinet Office.",
    ],
)
def test_a_ministry_listed_after_a_japanese_ministry_is_japans(text: str) -> None:
    assert ("Ministry of Foreign Affairs", "japan-mofa") in _links(text)


def test_a_ministry_listed_after_a_taiwanese_council_stays_taiwans() -> None:
    text = "Taiwan's Mainland Affairs Council and the Ministry of Foreign Affairs condemned it."
    assert ("Ministry of Foreign Affairs", "taiwan-mofa") in _links(text)


def test_a_ministry_listed_beside_an_association_keeps_the_storys_side() -> None:
    text = (
        "TAICHUNG — Twelve shooters from Kagoshima arrived on Saturday for an exchange backed by "
        "the Ministry of Foreign Affairs and the Japan-Taiwan Exchange Association (JTEA)."
    )
    assert ("Ministry of Foreign Affairs", "taiwan-mofa") in _links(text)
