"""A body after a capital's possessive that is no state's, by its own name's words, is the
city's: a market's committee in London is not the British government. A house named "X's of
London" names its seat. Sentences written for these tests."""

import pytest
from linking_helpers import linked_surfaces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shipowners are waiting on London's Hull Rating Committee, which sets the premiums "
            "underwriters charge for the strait.",
            ("london", "name"),
        ),
        ("The painting was sold through Christie's of London last spring.", ("london", "name")),
        (
            "Beijing's Communist Party has ruled since 1949, and London's decision to send a "
            "frigate angered it.",
            ("united-kingdom", "capital"),
        ),
    ],
)
def test_london_is_the_city_before_a_market_body_and_the_government_when_it_decides(
    text: str, expected: tuple[str, str]
) -> None:
    assert linked_surfaces(text)["London"] == expected


def test_a_state_body_after_the_possessive_keeps_the_government() -> None:
    found = linked_surfaces("Beijing's Communist Party has ruled since 1949.")
    assert found["Beijing"] == ("china", "capital")
