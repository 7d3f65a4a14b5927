"""The full names readers meet for the region's aircraft, missiles and islands: a type led by
its maker ("Boeing P-8 Poseidon", "Tengden TB-001"), a variant's numeral or block ("Tien Kung
III", "F-16V Block 70"), the Pratas group by its plural, and the ADIZ as "the identification
zone", each one mention of the knowledge base's entity."""

import pytest

from tests.linking_helpers import mentions


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("A Boeing P-8 Poseidon flew through the strait on Tuesday.", "Boeing P-8 Poseidon",
         "p-8a-poseidon"),
        ("A Lockheed P-3C Orion of the JMSDF shadowed the group.", "Lockheed P-3C Orion",
         "p-3c"),
        ("A Tengden TB-001 drone circled east of the island.", "Tengden TB-001", "tb-001"),
        ("A Guizhou WZ-7 drone flew south of Yonaguni.", "Guizhou WZ-7", "wz-7"),
        ("Taiwan deployed Tien Kung III batteries near Taipei.", "Tien Kung III", "tien-kung"),
        ("The first F-16V Block 70 jets arrived in Taichung.", "F-16V Block 70", "f-16v"),
        ("Ships were sighted near the Pratas Islands on Monday.", "Pratas Islands", "pratas"),
        ("Seven of the aircraft entered the southwestern part of the identification zone.",
         "identification zone", "adiz"),
    ],
)  # fmt: skip
def test_a_full_type_or_place_name_is_one_mention_of_its_entity(
    text: str, surface: str, entity: str
) -> None:
    assert [m.entity_id for m in mentions(text) if m.text == surface] == [entity]
