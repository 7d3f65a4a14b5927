"""Matsu and its links to the mainland by the names Taiwan's copy gives them: the county's
romanised name in a dateline ("LIENCHIANG —") and the "small three links" ferries, so a reader
following Matsu or the links finds these stories too."""

from linking_helpers import mentions


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text)}


def test_the_countys_name_in_a_dateline_is_matsu() -> None:
    found = _ids("LIENCHIANG — Fishermen on Nangan said on Monday the fog had kept them ashore.")
    assert found.get("LIENCHIANG") == "matsu"


def test_the_small_three_links_are_the_mini_three_links() -> None:
    found = _ids('Travellers on the "small three links" ferries to Fuzhou face new checks.')
    assert found.get("small three links") == "mini-three-links"
