"""A lower-case coast guard followed by where it is ("Taiwan's coast guard near Kinmen") is the
body itself, linked to its owner's service, as a user searching the service expects."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions

SERVICES = {"Taiwan's": "taiwan-coast-guard", "China's": "china-coast-guard"}


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(sorted(SERVICES)),
    st.sampled_from(["near", "off", "around", "outside"]),
    st.sampled_from(["Kinmen", "Matsu", "Penghu"]),
)
def test_a_coast_guard_where_its_ships_are_is_its_owners(
    owner: str, preposition: str, place: str
) -> None:
    text = (
        f"A fishing boat capsized while being chased by {owner} coast guard {preposition} {place}."
    )
    found = {m.text: m.entity_id for m in mentions(text)}
    assert found["coast guard"] == SERVICES[owner]


def test_a_coast_guard_modifying_its_ships_stays_unlinked() -> None:
    text = "Taiwan's coast guard ships shadowed the trawler for an hour."
    assert "coast guard" not in {m.text for m in mentions(text)}
