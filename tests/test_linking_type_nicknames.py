"""A weapon's name alone after the article names it with its designator (linkAB): "the
Taiwanese Abrams" after "M1A2T Abrams" is the tank, while "General Abrams" stays a person and a
name opening a sentence is read as any capitalised word. Sentences written for these tests."""

from tests.linking_helpers import mentions


def links(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions(text)]


def test_a_types_name_alone_after_its_full_name_is_the_type() -> None:
    text = (
        "The first M1A2T Abrams reached the base in December. Hobby shops say a 1/35 kit of "
        "the Taiwanese Abrams sold out within a week."
    )
    assert links(text).count(("Abrams", "m1a2t-abrams")) == 1


def test_a_types_name_after_a_title_stays_a_persons() -> None:
    text = "The M1A2T Abrams rolled past. Retired General Abrams watched from the stand."
    assert ("Abrams", "m1a2t-abrams") not in links(text)


def test_a_types_name_alone_without_its_full_name_is_left_alone() -> None:
    assert ("Abrams", "m1a2t-abrams") not in links("The painter Ruth Abrams showed new work.")
