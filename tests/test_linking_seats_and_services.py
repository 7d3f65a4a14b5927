"""A capital that is a person's or a body's seat, and a bare service joined to another
country's: what a user sees linked, from the real pipeline.

Each case is a shape of copy blind-53 to blind-55 showed monitor reading wrongly: a church's
"Archbishop ... of Taipei", a wiki's "Taipei mayoral election", and "the U.S. Marine Corps and
Navy" in a story datelined in Okinawa.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.nlp.kb import default_kb
from tests.linking_helpers import mentions


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # the city: a person's see, a body's seat, a local election
        ("Archbishop Thomas Chung An-zu of Taipei asked the faithful to keep praying.",
         "Taipei", ("taipei", "name")),
        ("The message, signed by Archbishop Tarcisio Isao Kikuchi of Tokyo, president of the "
         "bishops' conference, said no weapons secure peace.", "Tokyo", ("tokyo", "name")),
        ("2026 Taiwanese local elections\n\nTaipei mayoral election\nIncumbent mayor Chiang "
         "Wan-an is seeking a second term.", "Taipei", ("taipei", "name")),
        # the government: "of" after a common noun, or a capitalised word opening the sentence
        ("The position of Beijing hardened after the vote.", "Beijing", ("china", "capital")),
        ("Allies of Tokyo said the plan was sound.", "Tokyo", ("japan", "capital")),
    ],
)  # fmt: skip
def test_a_capital_after_a_proper_name_and_of_is_its_seat(
    text: str, surface: str, expected: tuple[str, str]
) -> None:
    assert links(text)[surface] == expected


CAPITALS = sorted(e.name for e in default_kb().entities.values() if e.kind == "capital")
CAPITALS = [name for name in CAPITALS if name.isascii()]  # the model splits "Asunción"


@settings(max_examples=15, deadline=None)
@given(capital=st.sampled_from(CAPITALS), title=st.sampled_from(["Archbishop", "Bishop", "Rabbi"]))
def test_every_capital_is_the_city_after_a_clerics_name(capital: str, title: str) -> None:
    """Whatever the capital and whatever the sentence goes on to do, a see is a city."""
    text = f"{title} John Park of {capital} said the talks must go on."
    entity_id, kind = links(text)[capital]
    assert kind == "name"
    assert default_kb().entities[entity_id].kind == "capital"


@pytest.mark.parametrize(
    ("text", "place", "city"),
    [
        ("Archbishop John Park of Bern said the talks must go on.", "Bern", "bern"),
        ("Archbishop Anna Weber of Bratislava led the prayers for peace.", "Bratislava",
         "bratislava"),
        ("In a letter, Archbishop John Park of Kyiv thanked the pilgrims from Taiwan.", "Kyiv",
         "kyiv"),
    ],
)  # fmt: skip
def test_a_place_the_model_runs_a_persons_name_on_to_is_the_city(
    text: str, place: str, city: str
) -> None:
    """The entity finder sometimes takes "of" and the see into a cleric's name; a person's
    name never holds a place after "of", so the person ends there and the see is the city."""
    found = links(text)
    assert found[place] == (city, "name")
    assert not [surface for surface in found if f" of {place}" in surface]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("NAHA, Okinawa — About 3,000 personnel from the U.S. Marine Corps and Navy are "
         "taking part.", "Navy", "us-navy"),
    ],
)  # fmt: skip
def test_a_bare_service_joined_to_a_countrys_body_is_that_countrys(
    text: str, surface: str, expected: str
) -> None:
    """A joined body's owner stands for both ("the U.S. Marine Corps and Navy"), even where
    the dateline would make a bare Navy the home country's. (A capitalised "Navy" is never
    Japan's Maritime Self-Defense Force: test_bare_institutions.py.)"""
    assert links(text)[surface][0] == expected


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ('"The light was perfect," said Hualien photographer Su Ming-hui, who shoots the coast.',
         "hualien", "Su Ming-hui"),
        ("Keelung wedding photographer Lin Pei-chi sells her prints online.", "keelung",
         "Lin Pei-chi"),
    ],
)  # fmt: skip
def test_a_place_before_a_persons_trade_is_the_place_and_the_person_follows(
    text: str, place: str, person: str
) -> None:
    """linkAB: no name holds a lower-case trade, so the place and the person are read apart."""
    found = {m.text: m.entity_id for m in mentions(text)}
    assert place in found.values()
    assert person in found
