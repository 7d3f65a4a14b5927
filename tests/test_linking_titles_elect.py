"""A title with "-elect" is the person elected and not yet in office, and a spokesperson's
name set off by commas after the title says whose ministry speaks."""

import pytest
from conftest import CI_EXAMPLES
from hypothesis import given, settings
from layout_variants import layouts, links

from tests.linking_helpers import mentions


def linked(text: str, surface: str, published: str = "2025-06-02") -> list[str]:
    return [m.entity_id for m in mentions(text, published) if m.text == surface]


@pytest.mark.parametrize(
    "text",
    [
        "TAIPEI (CNA) - The council declined the permits. The president-elect's office declined "
        "to comment.",
        "TAIPEI (CNA) - President Tsai Ing-wen met the envoys; the president-elect did not.",
        "TAIPEI (CNA) - Lai Ching-te won on Saturday. The President-elect thanked voters.",
    ],
)
def test_the_president_elect_is_the_next_president_not_the_one_in_office(text: str) -> None:
    surface = "President" if "President-elect" in text else "president"
    assert linked(text, surface, "2024-01-20")[-1:] == ["lai-ching-te"]


def test_the_president_elect_is_nobody_when_the_storys_country_elected_none() -> None:
    text = "TAIPEI (CNA) - The president-elect's office declined to comment."
    assert linked(text, "president", "2025-06-02") == []


def test_the_bare_title_beside_it_stays_the_holder_of_the_day() -> None:
    text = "TAIPEI (CNA) - The president-elect met the president on Monday."
    assert linked(text, "president", "2024-01-20") == ["lai-ching-te", "tsai-ing-wen"]


@pytest.mark.parametrize(
    ("text", "surface", "body"),
    [
        ("TOKYO - China's defence ministry spokesman, Zhang Xiaogang, said Japan should stop.",
         "defence ministry", "china-mnd"),
        ("TOKYO - The foreign ministry spokeswoman, Mao Ning, said Beijing opposed the visit.",
         "foreign ministry", "china-mfa"),
        ("Japan's foreign ministry spokesperson, Toshihiro Kitamura, told reporters the protest "
         "was lodged.", "foreign ministry", "japan-mofa"),
    ],
)  # fmt: skip
def test_a_spokesperson_named_after_a_comma_names_the_ministry(
    text: str, surface: str, body: str
) -> None:
    assert linked(text, surface) == [body]


def test_a_spokesperson_left_unnamed_leaves_a_lower_case_ministry_a_modifier() -> None:
    text = "The defence ministry spokesman, who declined to be named, said nothing."
    assert linked(text, "defence ministry") == []


# Paragraphs of the rules above, to be laid out with any whitespace around them: the title's
# holder and the spokesperson's ministry are read the same in every layout.
PARAGRAPHS = [
    "TAIPEI (CNA) - Lai Ching-te won on Saturday.",
    "The President-elect thanked voters.",
    "The president-elect met the president on Monday.",
    "The foreign ministry spokeswoman, Mao Ning, said Beijing opposed the visit.",
    "Japan's foreign ministry spokesperson, Toshihiro Kitamura, told reporters the protest was "
    "lodged.",
]


@settings(max_examples=CI_EXAMPLES // 4)
@given(layouts(PARAGRAPHS))
def test_a_title_elect_is_linked_the_same_whatever_whitespace_lays_out_its_paragraphs(
    laid_out: tuple[str, str],
) -> None:
    plain, other = laid_out
    assert links(other, "2024-01-20") == links(plain, "2024-01-20")
