"""A compass word in lower case before an ocean's name is a direction within it: "the western
Pacific" names the Pacific Ocean as well as the region, so a search for the ocean finds it,
while the capitalised "Western Pacific" names the region alone."""

from linking_helpers import mentions


def _links(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.entity_id) for m in mentions(text)}


def test_a_lower_case_compass_word_names_the_ocean_and_the_region() -> None:
    found = _links("Two Chinese carriers sailed into the western Pacific on Sunday.")
    assert {("Pacific", "pacific-ocean"), ("western Pacific", "western-pacific")} <= found


def test_a_capitalised_region_names_the_region_alone() -> None:
    found = _links("Navies of the Western Pacific met in Qingdao on Monday.")
    assert ("Western Pacific", "western-pacific") in found
    assert "pacific-ocean" not in {entity for _, entity in found}
