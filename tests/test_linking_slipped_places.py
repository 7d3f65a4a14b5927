"""Slips of a place's name beside its right spelling in the same article, from the real
pipeline: a letter added, dropped or struck on the key beside it is the place the article names
right, even where the entity finder took the slip for no name or for a title. A word that is
another word, or a place the article does not name, stays as it was.

The shapes are blind-109's misspelling passages (running and literary copy), in sentences
written for these tests.
"""

import pytest

from tests.linking_helpers import mentions


def links(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text)}


@pytest.mark.parametrize(
    ("text", "slip", "place"),
    [
        (
            "Reading festival opens as Chinese ships linger off the Senakakus\n\nFour China Coast "
            "Guard ships sailed in the contiguous zone around the Senkakus on Tuesday.",
            "Senakakus",
            "senkaku-islands",
        ),
        (
            "Kinjo read from her new novel, set partly on Yonagni, the westernmost island. On "
            "Yonaguni you hear Taiwan before you see it.",
            "Yonagni",
            "yonaguni",
        ),
        (
            "Koizumi ran during a visit to the Ground Self-Defense Force's Yonagumi garrison. A "
            "Yonaguni schoolteacher won the women's race.",
            "Yonagumi",
            "yonaguni",
        ),
        (
            "Residents of Ishigaki and Ishigkai Port watched the ships. The Ishigaki city office "
            "said nothing.",
            "Ishigkai",
            "ishigaki",
        ),
        (
            "The minister flew in from Ishigaki on Monday. The ferry firm said it would send two "
            "crews to Ishigake for training in May.",
            "Ishigake",
            "ishigaki",
        ),
    ],
)
def test_a_slip_beside_the_right_spelling_is_the_place(text: str, slip: str, place: str) -> None:
    assert links(text).get(slip) == place


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a name one letter longer at its end is another word ("Koreas", "Matsui")
        ("Matsu held its marathon on Sunday. Hideki Matsui ran the half.", "Matsui"),
        # a slip of a place the article never names right is left to the entity finder
        ("The ferry left Ishigkai on Monday for the outer islands.", "Ishigkai"),
    ],
)
def test_other_words_stay_as_they_were(text: str, word: str) -> None:
    assert links(text).get(word) not in ("matsu", "ishigaki")


def test_a_nationality_word_is_no_slip_of_its_countrys_name() -> None:
    # "Philippine" opening the army's name is the country's nationality word (owners.py), never
    # the country's name misspelt.
    text = "Troops drilled with the Philippine Army in Luzon. The Philippines hosted them."
    kinds = {m.kind for m in mentions(text) if m.text == "Philippine"}
    assert kinds <= {"demonym"}


@pytest.mark.parametrize(
    ("text", "slip", "place"),
    [
        ("Ferry bookings to Yonaguni and Ishigkai fell by a third in May.", "Ishigkai", "ishigaki"),
        (
            "Parcels landing at Taoyuan, Kaohsuing, Narita and Kansai clear customs faster now.",
            "Kaohsuing",
            "kaohsiung",
        ),
    ],
)
def test_a_swapped_place_in_a_list_of_places_is_the_place(text: str, slip: str, place: str) -> None:
    assert links(text).get(slip) == place


def test_a_swapped_word_outside_any_list_of_places_stays_unlinked() -> None:
    assert "Ishigkai" not in links("Ishigkai, the band's new single, tops the chart in Naha.")
