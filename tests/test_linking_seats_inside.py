"""The place that closes a body's name is a mention of its own, from the real pipeline:
"United States" in "the Taipei Economic and Cultural Representative Office in the United
States" is the country the office sits in; the whole name stays the body. A nationality of two
words opens a name as one of one word does: "South Korean" in "the South Korean Joint Chiefs
of Staff".
"""

import pytest

from tests.linking_helpers import mentions


@pytest.mark.parametrize(
    ("text", "inner", "inner_id", "body_id"),
    [
        (
            "The request went through the Taipei Economic and Cultural Representative Office in "
            "the United States last week.",
            "United States",
            "united-states",
            "tecro",
        ),
    ],
)
def test_a_place_closing_a_body_name_is_linked_too(
    text: str, inner: str, inner_id: str, body_id: str
) -> None:
    found = {(m.text, m.entity_id) for m in mentions(text)}
    assert (inner, inner_id) in found
    assert any(entity_id == body_id and inner in surface for surface, entity_id in found)


def test_a_city_closing_an_embassy_name_stays_the_city() -> None:
    found = {
        (m.text, m.entity_id)
        for m in mentions("The ministry protested to the Chinese Embassy in Tokyo.")
    }
    assert ("Tokyo", "tokyo") in found


def test_a_two_word_nationality_opening_a_body_name_is_its_country() -> None:
    text = "The South Korean Joint Chiefs of Staff said two bombers entered the zone."
    found = {(m.text, m.entity_id) for m in mentions(text)}
    assert ("South Korean", "south-korea") in found
    assert ("South Korean Joint Chiefs of Staff", "sk-jcs") in found


def test_an_article_before_a_nationality_opens_no_country_of_its_own() -> None:
    text = "The Australian Defence Force sent a frigate through the strait."
    assert "The Australian" not in {m.text for m in mentions(text)}
