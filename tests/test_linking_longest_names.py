"""A name the knowledge base lacks that opens with a longer knowledge-base name than its
country's ("Taiwan News Alert", "the Taiwan Strait Working Group"), or an outlet's title
opening with its country ("U.S. Naval Institute News"), is no body of that country: the longest match wins, and the country word stays a word of the
name even where the article names the country on its own too.

Copy written for these tests, to the shapes blind-23, blind-39, blind-68, blind-70 and
blind-74 showed.
"""

import pytest

from tests.linking_helpers import mentions


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Taiwan scrambled jets on Monday. Taiwan News Alert said the flights were the most "
            "this month.",
            "Taiwan News Alert",
            "taiwan",
        ),
        (
            "China denied it. China Times News Network reported the drills would last three days.",
            "China Times News Network",
            "china",
        ),
        (
            "Taiwan protested. Members of the Taiwan Strait Working Group met in Washington on "
            "Friday.",
            "Taiwan Strait Working Group",
            "taiwan",
        ),
        (
            "The U.S. sent a destroyer. U.S. Naval Institute News first reported the transit on "
            "Tuesday.",
            "U.S. Naval Institute News",
            "united-states",
        ),
    ],
)
def test_a_longer_name_keeps_the_country_that_opens_it(text: str, name: str, country: str) -> None:
    start = text.index(name)
    cut = [
        m for m in mentions(text) if m.entity_id == country and start <= m.start < start + len(name)
    ]
    assert cut == []


def test_the_country_is_still_named_alone() -> None:
    text = "Taiwan scrambled jets on Monday. Taiwan News Alert said the flights were many."
    assert any(m.entity_id == "taiwan" and m.start == 0 for m in mentions(text))


def test_a_commandant_is_the_title_of_the_body_before_it() -> None:
    """ "Japan Coast Guard Commandant" was once read as a name the knowledge base lacks; the
    commandant is the service's head, so the body is found whole and the person after it."""
    text = (
        "Japan is watching closely. Japan Coast Guard Commandant Yoshio Seguchi told reporters "
        "the ships had left."
    )
    found = {(m.text, m.entity_id) for m in mentions(text)}
    assert ("Japan Coast Guard", "japan-coast-guard") in found
    assert ("Yoshio Seguchi", "person:yoshio-seguchi") in found
    assert not any("Commandant" in m.text for m in mentions(text))


@pytest.mark.parametrize(
    ("text", "own_name", "known", "entity_id"),
    [
        (
            "A pearl farm on Ago Bay in Mie will supply the Taipei jeweller for five years.",
            "Ago Bay",
            "Mie",
            "mie-prefecture",
        ),
        (
            "Engineers from the 202nd Arsenal of the Armaments Bureau toured the plant on Tuesday.",
            "202nd Arsenal",
            "Armaments Bureau",
            "taiwan-armaments-bureau",
        ),
    ],
)
def test_a_place_in_a_known_place_and_a_body_of_a_known_body_are_two_names(
    text: str, own_name: str, known: str, entity_id: str
) -> None:
    found = {m.text: m.entity_id for m in mentions(text)}
    assert found[known] == entity_id
    assert own_name in found


def test_a_body_named_for_where_it_sits_stays_one_name() -> None:
    found = {
        m.text: m.entity_id for m in mentions("Officials of the American Institute in Taiwan met.")
    }
    assert found == {"American Institute in Taiwan": "ait"}


def test_a_head_noun_of_a_known_body_stays_one_name() -> None:
    text = "The Office of the U.S. Trade Representative opened the hearing on Monday."
    assert {m.entity_id for m in mentions(text)} == {"ustr"}
