"""A ministry named without its country in a story with no dateline or credit to say whose it
is: the ministry whose minister the story names, from the real pipeline. Texts written for these
tests."""

from tests.linking_helpers import mentions


def links(text: str, published: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text, published)}


def test_the_ministry_is_the_named_ministers() -> None:
    text = (
        "Defence Minister Wellington Koo toured a drone workshop in Taichung on Friday.\n\n"
        "The Ministry of National Defense wants 3,000 of the drones by 2027, a budget note said."
    )
    assert links(text, "2025-09-12")["Ministry of National Defense"] == "taiwan-mnd"


def test_a_minister_out_of_office_decides_nothing() -> None:
    text = (
        "Defence Minister Wellington Koo toured a drone workshop in Taichung on Friday.\n\n"
        "The Ministry of National Defense wants 3,000 of the drones by 2027, a budget note said."
    )
    assert "Ministry of National Defense" not in links(text, "2019-09-12")


def test_ministers_of_two_countries_decide_nothing() -> None:
    text = (
        "Defence Minister Wellington Koo said he had read Dong Jun's speech in Singapore.\n\n"
        "The Ministry of National Defense said the speech changed nothing."
    )
    found = links(text, "2025-06-02")
    assert found["Dong Jun"] == "dong-jun"
    assert "Ministry of National Defense" not in found
