"""A compass word in lower case before an ocean's or region's name is a direction within it:
"the western Pacific" is the Pacific Ocean, as "northern Taiwan" is Taiwan, while the
capitalised "Western Pacific" stays the region the knowledge base names so."""

from linking_helpers import mentions


def _links(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text)}


def test_a_lower_case_compass_word_leaves_the_ocean() -> None:
    found = _links("Two Chinese carriers sailed into the western Pacific on Sunday.")
    assert found.get("Pacific") == "pacific-ocean"
    assert "western-pacific" not in found.values()


def test_a_capitalised_region_keeps_its_name() -> None:
    found = _links("Navies of the Western Pacific met in Qingdao on Monday.")
    assert found.get("Western Pacific") == "western-pacific"
