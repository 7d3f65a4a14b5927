"""A strait's name before a line the knowledge base names with it ("the Taiwan Strait median
line") is two mentions, the strait and the line, from the real pipeline; a capitalised rest is a
name of its own and stays whole."""

import pytest

from tests.linking_helpers import mentions


def links(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions(text)]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Kinmen lies on the Chinese side of the Taiwan Strait median line, the informal line "
         "PLA aircraft now cross most days.", "median line"),
        ("Six J-16s crossed the Taiwan Strait midline on Tuesday.", "midline"),
    ],
)  # fmt: skip
def test_the_strait_and_its_line_are_two_mentions(text: str, line: str) -> None:
    found = links(text)
    assert ("Taiwan Strait", "taiwan-strait") in found
    assert (line, "median-line") in found


def test_a_capitalised_rest_is_a_name_of_its_own() -> None:
    found = links("Flights from Miyako Shimojishima Airport resumed on Monday.")
    assert ("Miyako Shimojishima Airport", "shimojishima-airport") in found
    assert not any(entity == "miyako-island" for _, entity in found)
