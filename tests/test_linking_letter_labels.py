"""A list's letter label before a quoted claim is no part of the name the claim opens with
(sentences written for these tests): fact-checkers rank claims as 'A. "..."', 'B. "..."'."""

from linking_helpers import mentions


def test_a_claim_under_a_letter_label_names_the_person_it_opens_with() -> None:
    text = (
        "Rumour watch, Thursday\n\n"
        'A. "Lai Ching-te has fled to Paraguay" — 8,200 posts. FALSE.\n'
        'B. "Lai\'s Paraguay trip was cut short because Washington objected" — 3,100 posts. '
        "FALSE. The trip ended as planned."
    )
    found = {m.text: m.entity_id for m in mentions(text, "2025-08-14")}
    assert found.get("Lai") == "lai-ching-te"
    assert not [surface for surface in found if surface.startswith("B.")]
