"""A lower-case "coast guard" before what it issues, its figures and notices, names the body
even with no article before it ("according to coast guard figures"); before its ships it only
describes them ("four coast guard ships")."""

from tests.linking_helpers import mentions


def guards(text: str) -> list[str]:
    return [m.entity_id for m in mentions(text) if m.text == "coast guard"]


def test_a_coast_guards_figures_and_notices_name_the_body() -> None:
    text = (
        "NAHA, Okinawa -- Chinese government ships entered Japanese waters on 14 days this "
        "year, according to coast guard figures. Ferry crews follow coast guard notices at "
        "the harbour."
    )
    assert guards(text) == ["japan-coast-guard", "japan-coast-guard"]


def test_a_coast_guards_ships_are_only_ships() -> None:
    text = "NAHA, Okinawa -- Four coast guard ships sailed near the islands on Monday."
    assert guards(text) == []
