"""A longer name is never read as a shorter name inside it, on sentences written for these tests:
a reference mark glued to the name's last word ("the Taiwan Strait.[32]"), a joint name written
with an en dash where the knowledge base has a hyphen, a corps followed by its aircraft's type,
a single capitalised name that is also a common word ("Patriot", "patriot"), and a lower-case
body named by the spokesperson who speaks for it ("foreign ministry spokesman Lin Jian"); and the
sentence a reference mark closes, which keeps its own day."""

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import facts_at
from linking_helpers import mentions

MARCH_19 = datetime(2024, 3, 19, 9, 0, tzinfo=UTC)


def links(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions(text, "2025-10-01")]


# Names that hold a shorter knowledge-base name inside them: a country, a service, a city.
LONGER_NAMES = [
    ("Taiwan Strait", "taiwan-strait"),
    ("United States Coast Guard", "us-coast-guard"),
    ("one-China principle", "one-china-principle"),
    ("Pete Hegseth", "pete-hegseth"),
    ("Japan Coast Guard", "japan-coast-guard"),
]


@given(
    st.sampled_from(LONGER_NAMES),
    st.sampled_from([".", ",", ";", ""]),
    st.sampled_from(["1", "32", "note 3", "a"]),
)
def test_a_reference_mark_glued_to_a_name_leaves_the_whole_name(
    name: tuple[str, str], stop: str, mark: str
) -> None:
    surface, entity_id = name
    text = f"Officials pointed to the {surface}{stop}[{mark}] Koo said the drills went on."
    assert (surface, entity_id) in links(text)


def test_a_reference_number_is_never_read_as_a_count() -> None:
    text = "The ministry said 12 aircraft entered the ADIZ.[34] The drills ended on Monday."
    found = mentions(text, "2025-10-01")
    assert not any(m.text.strip("[]") == "34" for m in found)


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_joint_name_takes_either_dash(dash: str) -> None:
    name = f"Japan{dash}ROC Diet Members' Consultative Council"
    text = f"Lai received a delegation of the {name} led by Keiji Furuya in Taipei."
    assert (name, "japan-roc-diet-council") in links(text)
    assert ("Japan", "japan") not in links(text)


def test_a_corps_before_its_aircraft_type_is_the_corps() -> None:
    text = "Two U.S. Marine Corps KC-130J transports flew relief supplies to Batanes."
    assert ("U.S. Marine Corps", "usmc") in links(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry activated its Sky Bow and Patriot air defense units.",
        "The drill includes the first U.S. Army Patriot live fire on Australian soil.",
        "Aegis destroyers and Patriot PAC-3 batteries took part.",
    ],
)
def test_patriot_as_copy_writes_it_is_the_missile_system(text: str) -> None:
    assert any(entity_id == "patriot" for _, entity_id in links(text))


def test_a_capitalised_name_in_lower_case_is_the_common_word() -> None:
    text = "Every patriot should vote, the mayor said in Taipei."
    assert not any(entity_id == "patriot" for _, entity_id in links(text))


@pytest.mark.parametrize(
    ("text", "spokesperson"),
    [
        ("TOKYO (Kyodo) -- Japan banned the exports. Beijing protested, with foreign ministry "
         "spokesman Guo Jiakun accusing Tokyo of long-arm jurisdiction.", "Guo Jiakun"),
        ("In Beijing, foreign ministry spokesperson Mao Ning said last week that the drills "
         "threatened peace.", "Mao Ning"),
    ],
)  # fmt: skip
def test_a_lower_case_body_with_its_named_spokesperson_is_the_body(
    text: str, spokesperson: str
) -> None:
    found = links(text)
    assert ("foreign ministry", "china-mfa") in found
    assert any(surface == spokesperson for surface, _ in found)


def test_a_lower_case_body_as_a_modifier_stays_a_common_noun() -> None:
    text = "Foreign ministry officials and foreign ministry budgets were debated in Tokyo."
    assert not any(surface.lower() == "foreign ministry" for surface, _ in links(text))


def test_a_generic_name_keeps_matching_in_lower_case() -> None:
    text = "TOKYO, July 15 (Reuters) - Japan's defence white paper, approved by the cabinet on "
    text += "Tuesday, named China as its greatest challenge."
    assert ("cabinet", "japan-cabinet") in links(text)


def test_reference_marks_stay_with_the_sentence_they_close() -> None:
    text = (
        "On 19 March, Taiwan's Ministry of National Defense said it had detected 20 Chinese "
        "military aircraft and 7 navy ships in the 24 hours to 6 a.m., as Chinese state media "
        "announced drills off Fujian.[1][2] On 18 March, the ministry had reported 9 aircraft "
        "and 6 ships.[3]"
    )
    facts = {(count, what, day) for count, what, _, _, day in facts_at(text, MARCH_19)}
    assert (20, "aircraft", "2024-03-19") in facts
    assert (20, "aircraft", "2024-03-18") not in facts


def test_a_wiki_link_bar_leaves_the_name_after_it() -> None:
    assert ("Japan", "japan") in links("Trade\n{{Main|Japan–Taiwan trade}}\nThe two trade.")
