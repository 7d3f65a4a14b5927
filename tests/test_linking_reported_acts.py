"""A bare "Foreign Ministry" that closes a sentence as its speaker, after a clause whose subject
is a country, announces that country's own act: Japan's ministry in "Japan will cut the fee
..., the Foreign Ministry said", though a round-up's later paragraph names another country's
ministry in full."""

from tests.linking_helpers import mentions


def links(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text)}


def test_a_ministry_reporting_its_countrys_act_is_that_countrys() -> None:
    text = (
        "Visa-free entry extended\n\n"
        "South Korea will extend visa-free entry for Taiwanese tour groups to 2027, the "
        "Foreign Ministry said on Friday.\n\n"
        "In Manila, the Philippine Department of Foreign Affairs said it would seek the same "
        "terms for Filipino groups."
    )
    found = links(text)
    assert found["Foreign Ministry"] == "sk-mofa"
    assert found["Philippine Department of Foreign Affairs"] == "philippine-dfa"


def test_a_country_listed_with_another_gives_the_ministry_no_home() -> None:
    text = "Japan and China will resume fisheries talks in May, the Foreign Ministry said."
    assert "Foreign Ministry" not in links(text)


def test_a_ministry_reporting_what_another_country_has_done_is_not_that_countrys() -> None:
    text = (
        "TAIPEI (CNA) -- China has stationed more drones on islands near Taiwan, the Ministry of "
        "National Defense said in a report to lawmakers on Friday."
    )
    assert links(text)["Ministry of National Defense"] == "taiwan-mnd"
