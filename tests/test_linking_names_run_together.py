"""Names the recogniser runs together with the words around them, read apart: a force before
its aircraft's type and nickname ("ROC Air Force F-86 Sabres"), a country's possessive inside an
event's name ("the People's Republic's National Day"), a list closing on a possessive ("between
Shuitou and Lieyu's Jiugong pier") and a town on its island ("Hirara on Miyakojima")."""

import pytest

from tests.linking_helpers import mentions


def _links(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.entity_id) for m in mentions(text, "2025-06-18")}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("On Sept. 24, 1958, ROC Air Force F-86 Sabres armed with Sidewinder missiles met "
         "MiG-17s over the strait.", "ROC Air Force", "roc-air-force"),
        ("PLA aircraft entered Taiwan's air defense identification zone on Friday, the People's "
         "Republic's National Day, and 39 on Saturday.", "People's Republic", "china"),
        ("The ferry between Shuitou and Lieyu's Jiugong pier ran on schedule.", "Lieyu", "lieyu"),
        ("The four-night voyage also calls at Hirara on Miyakojima before returning to Keelung.",
         "Miyakojima", "miyako-island"),
    ],
)  # fmt: skip
def test_a_known_name_run_together_with_others_is_read_apart(
    text: str, surface: str, expected: str
) -> None:
    assert (surface, expected) in _links(text)


def test_a_body_named_for_a_place_it_works_on_is_not_cut() -> None:
    text = "The Committee on Taiwan met in Washington on Tuesday."
    assert "Committee" not in {found for found, _ in _links(text)}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("LISBON/TOKYO — A Taiwanese printmaker's harbour series took the top prize.", "TOKYO",
         "tokyo"),
        ("LISBON/SEOUL — Two galleries agreed to swap shows.", "SEOUL", "seoul"),
    ],
)  # fmt: skip
def test_a_known_city_slashed_to_another_in_a_dateline_is_read_apart(
    text: str, surface: str, expected: str
) -> None:
    """linkAB: a two-city dateline joins its cities with a slash; the known one is linked."""
    assert (surface, expected) in _links(text)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Builders halfway through Academy's 1/72 J-20 say the decals are the hard part.",
         "J-20", "j-20"),
        ("THE NINETEENTH HOLE: Gray zones and noodles at the bar\n\nSit at the bar of a club "
         "north of Osaka and you will hear the talk.", "Gray zones", "gray-zone"),
    ],
)  # fmt: skip
def test_no_name_runs_across_an_owners_possessive_or_a_labels_colon(
    text: str, surface: str, expected: str
) -> None:
    """linkAB: a maker's possessive ends the maker's name before the known type it owns, and a
    column's label ends at its colon, so the type and the term after them are linked."""
    assert (surface, expected) in _links(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jets flew on the holiday marking the founding of the People’s Republic of China.",
        "Tokyo will work with every delegation, the Delegation of the People's Republic of China "
        "among them, on the resolution.",
    ],
)
def test_a_possessive_inside_a_known_name_cuts_nothing(text: str) -> None:
    """A known name may hold a possessive: "People's Republic of China" is China, never a
    "People" who owns the "Republic of China" (Taiwan's name), whichever apostrophe it has."""
    linked = {entity for _, entity in _links(text)}
    assert "taiwan" not in linked
    assert "china" in linked or any("people-republic-of-china" in e for e in linked)
