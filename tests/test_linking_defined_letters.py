"""Letters an article defines in brackets mean the name they follow, over the knowledge base's
sense of the same letters; letters it does not define keep the knowledge base's reading."""

import pytest
from conftest import CI_EXAMPLES
from hypothesis import given, settings
from layout_variants import layouts, links

from tests.linking_helpers import mentions


def _links_of(letters: str, text: str) -> set[str]:
    return {m.entity_id for m in mentions(text, "2025-01-20") if m.text == letters}


@pytest.mark.parametrize(
    ("letters", "text", "expected"),
    [
        (
            "TRA",
            "WASHINGTON — Congress passed the Taiwan Relations Act (TRA) in 1979. Lawmakers "
            "said the TRA still guides arms sales.",
            {"taiwan-relations-act"},
        ),
        (
            "CEC",
            "The Central Election Commission (CEC) said turnout was 71 percent. The CEC will "
            "certify the results on Friday.",
            {"central-election-commission"},
        ),
    ],
)
def test_defined_letters_are_the_body_they_follow(
    letters: str, text: str, expected: set[str]
) -> None:
    assert _links_of(letters, text) == expected


@pytest.mark.parametrize(
    ("letters", "text"),
    [
        (
            "CEC",
            "Continental Engineering Corp (CEC) said yesterday that work to harden the pier was "
            "62% complete. CEC's project director said the company would finish in March.",
        ),
        (
            "TRA",
            "The Tainan Rail Alliance (TRA) said on Monday that commuters should expect delays. "
            "The TRA represents 14 bus and rail operators.",
        ),
        (
            "TRA",
            "TAIPEI — The Taiwan Railways Administration (TRA) said it sold about 720,000 "
            "tickets over the holiday. The TRA kept every train running during the drill.",
        ),
        (
            "TRA",
            "When the Taiwan Railways Administration (TRA) ran its part of the air raid drill, "
            "trains stopped for 30 minutes. It asked for written rules before the TRA becomes "
            "a state-owned company.",
        ),
    ],
)
def test_letters_a_name_outside_the_knowledge_base_defines_link_to_nothing_known(
    letters: str, text: str
) -> None:
    assert _links_of(letters, text) == set()


def test_letters_the_article_does_not_define_keep_the_knowledge_bases_reading() -> None:
    text = (
        "WASHINGTON — Senators marked the anniversary of the TRA on Wednesday, and the "
        "Associated Press (AP) reported that a new bill would build on it."
    )
    assert _links_of("TRA", text) == {"taiwan-relations-act"}


@pytest.mark.parametrize(
    ("dateline", "text", "expected"),
    [
        ("KINMEN", "KINMEN — Two Chinese coast guard ships entered the restricted waters off "
                   "Lieyu, or Little Kinmen, on Monday.", "kinmen"),
        ("TOKYO", "TOKYO — The Chinese Embassy in Tokyo protested the visit on Tuesday.",
         "tokyo"),
        ("MANILA", "MANILA — The Chinese Embassy in Manila said the ships were on routine "
                   "patrol.", "manila"),
    ],
)  # fmt: skip
def test_a_datelines_capitals_are_no_letters_the_article_defines(
    dateline: str, text: str, expected: str
) -> None:
    assert _links_of(dateline, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers asked the Ministry of National Defense's (MND) reports to come sooner. "
        "The MND said its release had been on time.",
        "TAIPEI — The Ministry of National Defense (MND) said 21 aircraft were tracked. The MND "
        "released its report at 9 a.m.",
    ],
)
def test_letters_after_a_bodys_own_name_keep_it_possessive_and_all(text: str) -> None:
    assert _links_of("MND", text) == {"taiwan-mnd"}


# Paragraphs of the rules above, to be laid out with any whitespace around them: letters are
# the name they follow, or the knowledge base's reading, in every layout.
PARAGRAPHS = [
    "WASHINGTON — Congress passed the Taiwan Relations Act (TRA) in 1979.",
    "Lawmakers said the TRA still guides arms sales.",
    "The Tainan Rail Alliance (TRA) said on Monday that commuters should expect delays.",
    "The Central Election Commission (CEC) said turnout was 71 percent.",
    "The CEC will certify the results on Friday.",
    "Continental Engineering Corp (CEC) said work to harden the pier was 62% complete.",
]


@settings(max_examples=CI_EXAMPLES // 4)
@given(layouts(PARAGRAPHS))
def test_defined_letters_are_linked_the_same_whatever_whitespace_lays_out_the_text(
    laid_out: tuple[str, str],
) -> None:
    plain, other = laid_out
    assert links(other, "2025-01-20") == links(plain, "2025-01-20")
