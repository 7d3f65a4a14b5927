"""A person's family name in another romanisation the knowledge base gives ("Ku" after "Wellington
Koo"), a place with its last consonant struck on the key beside ("Kinmem" beside "Kinmen"), and a
country named inside a concept's name ("Japan's" in "a situation threatening Japan's survival")
are linked as the names they stand for, on sentences written for these tests."""

import pytest
from linking_helpers import assert_links, linked_surfaces


@pytest.mark.parametrize(
    "later",
    [
        "Ku, accompanied by the county magistrate, also visited an observation post.",
        "Ku said the drills were a test of resolve.",
        "The ministry quoted Ku as saying the patrols would go on.",
    ],
)
def test_a_family_name_in_another_romanisation_is_the_person_named_before(later: str) -> None:
    text = f"Defense Minister Wellington Koo toured positions on Kinmen on Saturday. {later}"
    assert_links(text, {"Ku": ("wellington-koo", "name")})


def test_another_person_who_bears_the_spelling_keeps_it() -> None:
    text = "Defense Minister Wellington Koo spoke. Ku Chen-wei, a lawmaker, said Ku would answer."
    assert linked_surfaces(text)["Ku"][0] != "wellington-koo"


@pytest.mark.parametrize(
    ("text", "slip", "place"),
    [
        ("Defense Minister Wellington Koo toured positions on Kinmen on Saturday. Four CCG "
         "ships entered the restricted waters southeast of Kinmem on Friday morning and stayed "
         "for about two hours, the CGA said.", "Kinmem", "kinmen"),
        ("Ferries to Kinmen ran on time. Four CCG ships sailed off Kinmem on Friday morning.",
         "Kinmem", "kinmen"),
    ],
)  # fmt: skip
def test_a_last_consonant_struck_beside_its_key_is_the_place(
    text: str, slip: str, place: str
) -> None:
    assert_links(text, {slip: (place, "name")})


def test_a_last_vowel_for_a_vowel_is_another_name() -> None:
    text = "The Miyako Strait was quiet, and Miyako was calm. Miyaki, a fisherman, said so."
    assert linked_surfaces(text).get("Miyaki", ("", ""))[0] != "miyako"


@pytest.mark.parametrize(
    "before",
    [
        "Chief Cabinet Secretary Minoru Kihara said Tokyo had protested.",
        "Japanese exporters said orders had not resumed.",
        "Japan's ruling party backed her.",
    ],
)
def test_a_country_inside_a_concepts_name_is_named_where_the_story_names_it(before: str) -> None:
    text = f"{before} Takaichi said a blockade could amount to a situation threatening Japan's survival."
    assert_links(text, {"Japan": ("japan", "name")})


def test_a_concept_alone_names_no_country() -> None:
    text = "Lawmakers debated whether a blockade would be a situation threatening Japan's survival."
    assert "Japan" not in linked_surfaces(text)
