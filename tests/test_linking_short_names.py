"""Short names an article lends to later copy once it has named a body or a class in full, from
the real pipeline: "the Embassy" after "the Chinese Embassy"; "Mogamis" and a kit's "1/700
Mogami" after "the Mogami-class frigate". Texts written for these tests."""

from tests.linking_helpers import mentions


def links(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions(text)]


def test_the_embassy_after_the_chinese_embassy_is_that_embassy() -> None:
    text = (
        "TOKYO — The Chinese Embassy complained on Friday about a museum's map of Asia.\n\n"
        "The Embassy said the map showed Taiwan in a different colour from China."
    )
    assert ("Embassy", "china-embassy-japan") in links(text)


def test_a_ship_class_in_the_plural_or_at_a_kits_scale_is_the_class() -> None:
    text = (
        "Australia picked the Mogami-class frigate on Tuesday. Hobby shops said the RAN's "
        "future Mogamis would outsell any destroyer, and one ordered forty 1/700 Mogami kits. "
        "Farmers along the Mogami river were unmoved."
    )
    found = links(text)
    assert ("Mogamis", "mogami-class") in found
    assert [entity for surface, entity in found if surface == "Mogami"] == [
        "mogami-class",
        "gpe:mogami",
    ]


def test_a_class_named_for_a_state_lends_no_name() -> None:
    text = "The Virginia-class submarine left Guam. Virginia lawmakers praised the crew."
    assert ("Virginia", "virginia") in links(text)


def test_a_ship_class_alone_is_the_class_unless_a_place_reads_it() -> None:
    """linkAB: after the class is named in full, a headline's bare name and "an upgraded Mogami
    design" are the class; "in Mogami" is still a place."""
    text = (
        "Mogami heads south, and so do the kits\n\nCanberra chose the Mogami-class frigate. The "
        "upgraded Mogami design won on price. Farmers in Mogami grow rice."
    )
    found = [entity for surface, entity in links(text) if surface == "Mogami"]
    assert found[:2] == ["mogami-class", "mogami-class"]
    assert found[2] != "mogami-class"
