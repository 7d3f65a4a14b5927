"""Lower-case generic bodies ("coast guard", "defence ministry") in travel and NGO copy: named
as the body when a verb, a time word or the ministry's own report follows, and left alone as a
modifier of ships."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import mentions


def linked(text: str, surface: str) -> list[str]:
    return [m.entity_id for m in mentions(text, "2025-10-01") if m.text == surface]


TAIPEI = "TAIPEI (CNA) — "
TOKYO = "TOKYO (Kyodo) — "


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (TAIPEI + "Our boat lost two days when the coast guard closed the waters west of Huazhai.",
         "coast guard", "taiwan-coast-guard"),
        (TOKYO + "Tourists would leave by ferry, with the Self-Defense Forces and the coast guard "
         "used only as a last resort.", "coast guard", "japan-coast-guard"),
        (TOKYO + "The town will lengthen the runway so the Self-Defense Forces and coast guard "
         "can use it.", "coast guard", "japan-coast-guard"),
        (TAIPEI + "The numbers, from Taiwan's defence ministry this morning: 58 Chinese aircraft "
         "were detected around Taiwan.", "defence ministry", "taiwan-mnd"),
        (TAIPEI + "This morning's defence ministry report came through on a fisherman's phone: "
         "12 J-16 fighters entered the ADIZ.", "defence ministry", "taiwan-mnd"),
    ],
)  # fmt: skip
def test_a_lower_case_body_that_acts_or_reports_is_linked(
    text: str, surface: str, entity: str
) -> None:
    assert linked(text, surface) == [entity]


def test_a_coast_guard_that_only_qualifies_ships_stays_a_common_noun() -> None:
    text = TAIPEI + "Two Chinese coast guard ships entered restricted waters off Kinmen."
    assert linked(text, "coast guard") == []


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["closed", "warned", "used", "ordered", "boarded", "escorted"]))
def test_any_past_verb_after_the_coast_guard_makes_it_the_body(verb: str) -> None:
    text = TOKYO + f"Near the Senkakus, the coast guard {verb} a fishing boat on Monday."
    assert linked(text, "coast guard") == ["japan-coast-guard"]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["ships", "vessels", "cutters", "boats"]))
def test_a_noun_after_the_coast_guard_leaves_it_a_modifier(noun: str) -> None:
    text = TOKYO + f"On Monday the Chinese coast guard {noun} sailed near the Senkakus."
    assert linked(text, "coast guard") == []
