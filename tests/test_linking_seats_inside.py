"""The place or parent body that closes a body's name is a mention of its own, from the real
pipeline: "United States" in "the Taipei Economic and Cultural Representative Office in the
United States" is the country the office sits in, and "State Council" in "the Taiwan Affairs
Office of the State Council" the body the office belongs to; the whole name stays the body.
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
        (
            "The stand was paid for by the Taiwan Affairs Office of the State Council, organisers "
            "said.",
            "State Council",
            "state-council",
            "taiwan-affairs-office",
        ),
    ],
)
def test_a_place_or_parent_closing_a_body_name_is_linked_too(
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
