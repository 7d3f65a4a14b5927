"""A two-syllable given name clipped to its first syllable ("Lin Chia" after "Lin Chia-lung") is
the person the article named in full, so a search for the minister finds every line about him."""

from linking_helpers import mentions


def _people(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text) if m.label == "PERSON"}


def test_a_clipped_given_name_is_the_person_named_in_full() -> None:
    text = (
        "Foreign Minister Lin Chia-lung opened the archive fair in Taipei on Friday. "
        "Lin Chia later told reporters the ministry would invite more partners."
    )
    assert _people(text).get("Lin Chia") == "lin-chia-lung"


def test_a_clipped_name_with_no_full_name_beside_it_stays_unlinked() -> None:
    text = "Lin Chia, a retired teacher, told reporters the fair had been worth the trip."
    assert _people(text).get("Lin Chia") != "lin-chia-lung"
